import { documentNotFound, fileRefused } from "../document-errors";
import { errorResponse, signedInErrors } from "../error-responses";
import { completedUploadExample } from "../examples/document-examples";
import { defineOperation, teamOnly } from "../operation";
import { completedUploadSchema } from "../schemas/document-schemas";

/** POST …/documents/{id}/complete (src/app/api/v1/bookings/[reference]/documents/[id]/complete/route.ts). */
export const completeBookingDocumentOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/documents/{id}/complete",
  operationId: "completeBookingDocument",
  tag: "Documents",
  summary: "Check a booking document's bytes and add it (the team; a customer to their own)",
  description:
    "Call once the bytes are sent. The type is read from the bytes (PDF, JPEG, PNG, HEIC/HEIF or WebP), the file moves into the booking with a thumbnail for JPEG, PNG and WebP, and the timeline says so; when a customer adds it, the booking's assignee (or operations) gets an email. The booking's documents are counted under its lock, so parallel uploads cannot pass the limit. Completing twice answers the same. No body.",
  security: teamOnly,
  responses: {
    "200": {
      description: "Added: the type read from the bytes and the size (never cached)",
      json: completedUploadSchema,
      example: completedUploadExample,
    },
    "400": fileRefused(
      "Refused: not an allowed type, empty, over the limit, not sent yet, or one too many; `fields.file` names the file and why",
      "luna-passport.pdf is not a PDF, JPEG, PNG, HEIC or WebP file",
    ),
    ...signedInErrors,
    "404": documentNotFound,
    "409": errorResponse("Another request checked this document at the same moment and refused it", {
      code: "CONFLICT",
      message: "luna-passport.pdf was already checked",
    }),
  },
});
