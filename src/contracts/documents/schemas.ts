// The documents contract: what the form, the portal, the record page and the API send to upload a
// document (the words shown for each kind are in document-labels.ts). Pure zod: safe to import from client
// components.
import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/enum-values";
import { MAX_PETS } from "@/contracts/bookings/booking-choices";

export { DOCUMENT_KINDS } from "@/lib/enum-values";
export type { DocumentKind, DocumentStatus, DocumentChannel } from "@/lib/enum-values";
export { ACCEPTED_DOCUMENT_TYPES, DOCUMENT_CHANNEL_LABELS, DOCUMENT_KIND_LABELS } from "./document-labels";

const kind = z.enum(DOCUMENT_KINDS, { error: "Choose the document's type" });
const fileName = z
  .string({ error: "The file's name is missing" })
  .min(1, { error: "The file's name is missing" })
  .max(255, { error: "The file's name must be at most 255 characters" })
  .refine((value) => !value.includes("\u0000") && value.isWellFormed(), { error: "The file's name is invalid" });
// The browser's claim, only used to fix the upload's type; the bytes decide (file-check.ts).
const contentType = z
  .string()
  .max(255)
  .regex(/^[\w.+-]+\/[\w.+-]+$/, { error: "Not a content type" })
  .optional()
  .default("application/octet-stream");
const size = z
  .number({ error: "The file's size is missing" })
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ format: "int64" });

/** The form's draft key: the same value is sent as the booking's Idempotency-Key on submit. */
export const draftKeySchema = z
  .string({ error: "The draft key is missing" })
  // The pattern's own bound, stated where the OpenAPI document can read it.
  .max(200, { error: "The draft key must be 8 to 200 visible ASCII characters" })
  .regex(/^[\x21-\x7e]{8,200}$/, { error: "The draft key must be 8 to 200 visible ASCII characters" });

/** POST /api/v1/uploads: a document for a booking not submitted yet (the public form, the marketing site). */
export const createUploadBodySchema = z.object({
  kind,
  petIndex: z
    .number()
    .int()
    .min(0)
    .max(MAX_PETS - 1)
    .optional()
    .meta({ format: "int32", description: "The pet (0-based, in the booking's order) the document belongs to" }),
  fileName,
  size,
  contentType,
  draftKey: draftKeySchema,
});
export type CreateUploadBody = z.input<typeof createUploadBodySchema>;

/** POST /api/v1/bookings/{reference}/documents: a document for a booking that exists. */
export const addBookingDocumentBodySchema = z.object({
  kind,
  // A uuid is 36 characters: the max adds no rule, it states the length in the OpenAPI document.
  petId: z
    .uuid({ error: "Not one of this booking's pets" })
    .max(36, { error: "Not one of this booking's pets" })
    .optional(),
  fileName,
  size,
  contentType,
  supersedesId: z
    .uuid({ error: "Not one of this booking's documents" })
    .max(36, { error: "Not one of this booking's documents" })
    .optional()
    .meta({
      description: "The document this one replaces; the old one is kept, marked superseded",
    }),
});
export type AddBookingDocumentBody = z.input<typeof addBookingDocumentBodySchema>;
