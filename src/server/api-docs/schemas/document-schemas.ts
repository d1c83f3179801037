import "server-only";
import { z } from "zod";
import type { BookingDocumentView, CompletedUpload, StartedUpload } from "@/contracts/documents/views";
import { DOCUMENT_CHANNELS, DOCUMENT_KINDS } from "@/lib/enum-values";
import { ALLOWED_CONTENT_TYPES } from "@/server/storage/file-check";
import { namedZodSchema, type NamedSchema } from "../operation";
import { timestampSchema, uuidSchema } from "./common";
import type { AsJson, Holds, Narrows, Same } from "./type-checks";

// What the documents routes answer, for the OpenAPI document; the checks fail typecheck when they drift.

const uploadInstructions = z
  .discriminatedUnion("method", [
    z
      .object({
        method: z.literal("POST"),
        url: z.url(),
        fields: z.record(z.string(), z.string()).meta({
          description: "Every field, as given, before the file: a multipart/form-data POST whose last part is `file`",
        }),
      })
      .meta({
        description: "STORAGE_DRIVER=s3: a presigned POST straight to the bucket (its policy fixes key, type and size)",
      }),
    z
      .object({
        method: z.literal("PUT"),
        url: z.url(),
        headers: z.record(z.string(), z.string()).meta({ description: "Send these headers, as given" }),
      })
      .meta({
        description:
          "STORAGE_DRIVER=local: PUT the raw bytes to this app (PUT /api/v1/uploads/{id}/content?token=…), once",
      }),
  ])
  .meta({ description: "Where to send the bytes: the url is signed and works until expiresAt" });

const startedUpload = z.object({
  id: uuidSchema.meta({ description: "The document's id: complete it with this id once the bytes are sent" }),
  upload: uploadInstructions,
  expiresAt: timestampSchema.meta({ description: "The upload url stops working then (15 minutes)" }),
});
type _StartedUpload = Holds<Same<z.output<typeof startedUpload>, StartedUpload>>;

export const startedUploadSchema = namedZodSchema("StartedUpload", startedUpload, "output");

const checkedContentType = z.enum(ALLOWED_CONTENT_TYPES).meta({
  description: "The type read from the file's first bytes (never its name or the browser's claim)",
});
const sizeInBytes = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ format: "int64" });

const completedUpload = z.object({
  id: uuidSchema,
  status: z.literal("ready"),
  contentType: checkedContentType,
  size: sizeInBytes.meta({ description: "The size in bytes, as stored" }),
});
type _CompletedUpload = Holds<Narrows<z.output<typeof completedUpload>, CompletedUpload>>;

export const completedUploadSchema = namedZodSchema("CompletedUpload", completedUpload, "output");

export const bookingDocument = z.object({
  id: uuidSchema,
  kind: z.enum(DOCUMENT_KINDS),
  petId: uuidSchema.nullable(),
  petName: z.string().nullable().meta({ description: "The pet's name, when the document belongs to one" }),
  name: z.string().meta({ description: "The file's name, sanitised: safe to show and to offer as a file name" }),
  contentType: checkedContentType,
  sizeBytes: sizeInBytes,
  status: z.literal("ready").meta({ description: "Only checked documents are listed" }),
  uploadedVia: z.enum(DOCUMENT_CHANNELS),
  uploadedBy: z
    .string()
    .nullable()
    .meta({ description: "The team member's or customer's name; null for the public form and API" }),
  createdAt: timestampSchema,
  supersedesId: uuidSchema.nullable().meta({ description: "The document this one replaced" }),
  supersededById: uuidSchema
    .nullable()
    .meta({ description: "Set when a newer document replaced this one (it is kept, shown as superseded)" }),
  deletedAt: timestampSchema
    .nullable()
    .meta({ description: "Deleted documents are listed for admins only, until restorableUntil" }),
  restorableUntil: timestampSchema.nullable(),
  thumbnailUrl: z.url().nullable().meta({
    description:
      "A link to a WebP thumbnail made by the server (JPEG, PNG and WebP documents; null otherwise), valid for 5 minutes: never store it",
  }),
});
type _BookingDocument = Holds<Narrows<z.output<typeof bookingDocument>, AsJson<BookingDocumentView>>>;

export const bookingDocumentListSchema = namedZodSchema(
  "BookingDocumentList",
  z.object({ items: z.array(bookingDocument).meta({ description: "Oldest first" }) }),
  "output",
);

/** What POST …/documents/{id}/restore answers (written by its route). */
export const restoredDocumentSchema = namedZodSchema(
  "RestoredDocument",
  z.object({ id: uuidSchema, restored: z.literal(true) }),
  "output",
);

/**
 * The local driver's upload body: the file itself. OpenAPI 3.1 describes raw bytes by the media type
 * alone (no `format: binary`); a JSON Schema for bytes has no type to state.
 */
export const uploadContentSchema: NamedSchema = {
  name: "UploadContent",
  toJsonSchema: () => ({
    description:
      "The file's raw bytes (not multipart, not base64), at most the size declared when the upload started and UPLOAD_MAX_BYTES",
  }),
};
