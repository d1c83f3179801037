import { DOCUMENT_CHANNEL_LABELS, DOCUMENT_KIND_LABELS } from "@/contracts/documents/schemas";
import type { BookingDocumentView } from "@/contracts/documents/views";

/** "Pet passport · Luna", or the type alone for a document about the whole booking. */
export function documentTitle(document: Pick<BookingDocumentView, "kind" | "petName">): string {
  const kind = DOCUMENT_KIND_LABELS[document.kind];
  return document.petName ? `${kind} · ${document.petName}` : kind;
}

/**
 * "Omar Haddad via back office"; "The customer via customer portal" when their account has no name (a
 * sign-in link makes none); only the channel for the public form and API.
 */
export function uploadedByLine(document: Pick<BookingDocumentView, "uploadedBy" | "uploadedVia">): string {
  const via = DOCUMENT_CHANNEL_LABELS[document.uploadedVia];
  const who = document.uploadedBy || (document.uploadedVia === "portal" ? "The customer" : null);
  return who ? `${who} via ${via}` : `Via ${via}`;
}

/** The one link that opens a document: the server answers 303 to a short-lived download. */
export function documentDownloadUrl(reference: string, id: string): string {
  return `${documentsUrl(reference)}/${encodeURIComponent(id)}/download`;
}

export function documentsUrl(reference: string): string {
  return `/api/v1/bookings/${encodeURIComponent(reference)}/documents`;
}
