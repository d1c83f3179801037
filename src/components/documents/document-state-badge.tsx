import { Badge } from "@/components/ui/badge";
import type { BookingDocumentView } from "@/contracts/documents/views";

type DocumentState = Pick<BookingDocumentView, "status" | "supersededById" | "deletedAt">;

/** The one word that says a listed document is not the current one: deleted, superseded or not checked. */
export function DocumentStateBadge({ document }: { document: DocumentState }) {
  if (document.deletedAt) return <Badge tone="danger">Deleted</Badge>;
  if (document.supersededById) return <Badge>Superseded</Badge>;
  if (document.status === "pending") return <Badge tone="progress">Not finished</Badge>;
  if (document.status === "rejected") return <Badge tone="danger">Refused</Badge>;
  return null;
}

/** Only a checked, current or superseded document can be opened; deleted ones wait for a restore. */
export function canOpen(document: DocumentState): boolean {
  return document.status === "ready" && document.deletedAt === null;
}
