import { addBookingDocumentBodySchema } from "@/contracts/documents/schemas";
import { fileRefused } from "../document-errors";
import { bookingNotFound, malformedPathError, signedInErrors } from "../error-responses";
import {
  addBookingDocumentExample,
  bookingDocumentListExample,
  startedUploadToAppExample,
} from "../examples/document-examples";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";
import { bookingDocumentListSchema, startedUploadSchema } from "../schemas/document-schemas";

// src/app/api/v1/bookings/[reference]/documents/route.ts

export const listBookingDocumentsOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/{reference}/documents",
  operationId: "listBookingDocuments",
  tag: "Documents",
  summary: "A booking's documents (the team: any booking; a customer: their own)",
  description:
    "Checked documents, oldest first, each with who sent it and how; a replaced one stays, with supersededById. Admins also see documents deleted within the last 30 days. Thumbnail links are made for this answer and expire in 5 minutes. Another customer's booking is 404, never 403.",
  security: teamOnly,
  responses: {
    "200": {
      description: "{ items }, oldest first (never cached)",
      json: bookingDocumentListSchema,
      example: bookingDocumentListExample,
    },
    "400": malformedPathError,
    ...signedInErrors,
    "404": bookingNotFound,
  },
});

export const addBookingDocumentOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/documents",
  operationId: "addBookingDocument",
  tag: "Documents",
  summary: "Start uploading a document to a booking (the team; a customer to their own)",
  description:
    "Declare the file, send its bytes where `upload` says, then POST …/documents/{id}/complete. `supersedesId` replaces one of the booking's documents, which is kept and shown as superseded. A booking holds at most UPLOAD_MAX_FILES_PER_BOOKING documents (20 unless configured); a replacement takes its old document's place.",
  security: teamOnly,
  requestBody: {
    schema: namedZodSchema("AddBookingDocumentBody", addBookingDocumentBodySchema, "input"),
    example: addBookingDocumentExample,
  },
  responses: {
    "201": {
      description: "Started: where to send the bytes, until expiresAt (never cached)",
      json: startedUploadSchema,
      example: startedUploadToAppExample,
    },
    "400": fileRefused(
      "Invalid fields (a pet or document not of this booking), or a file that is empty, over UPLOAD_MAX_BYTES or one too many; `fields` names each",
      "luna-passport.pdf cannot be added: a booking holds at most 20 documents",
    ),
    ...signedInErrors,
    "404": bookingNotFound,
  },
});
