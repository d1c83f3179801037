// What pages and the API show of a document. Client-safe.
import type { DocumentChannel, DocumentKind, DocumentStatus } from "@/lib/enum-values";

export type BookingDocumentView = {
  id: string;
  kind: DocumentKind;
  petId: string | null;
  /** The pet's name, when the document belongs to one. */
  petName: string | null;
  /** Sanitised: safe to show and to offer as a file name. */
  name: string;
  contentType: string;
  sizeBytes: number;
  status: DocumentStatus;
  uploadedVia: DocumentChannel;
  /** Who uploaded it: a team member's or customer's name; null for the public form and API. */
  uploadedBy: string | null;
  createdAt: string;
  /** The document this one replaced. */
  supersedesId: string | null;
  /** Set when a newer document replaced this one (it is kept, shown as superseded). */
  supersededById: string | null;
  /** Deleted documents are listed only for admins, restorable until `restorableUntil`. */
  deletedAt: string | null;
  restorableUntil: string | null;
  /** A short-lived link to a server-made WebP thumbnail (images only; HEIC has none). Never store it. */
  thumbnailUrl: string | null;
};

/** How the bytes are sent: a form POST straight to the bucket (s3) or a PUT to the app (local driver). */
export type UploadInstructions =
  | { method: "POST"; url: string; fields: Record<string, string> }
  | { method: "PUT"; url: string; headers: Record<string, string> };

/** The answer to starting an upload (POST /api/v1/uploads, POST …/documents). */
export type StartedUpload = { id: string; upload: UploadInstructions; expiresAt: string };

/** The answer to complete: the checked type and size. */
export type CompletedUpload = { id: string; status: "ready"; contentType: string; size: number };
