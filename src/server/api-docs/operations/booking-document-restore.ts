import { errorResponse, malformedPathError, signedInErrors } from "../error-responses";
import { restoredDocumentExample } from "../examples/document-examples";
import { defineOperation, teamOnly } from "../operation";
import { restoredDocumentSchema } from "../schemas/document-schemas";

/** POST …/documents/{id}/restore (src/app/api/v1/bookings/[reference]/documents/[id]/restore/route.ts). */
export const restoreBookingDocumentOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/documents/{id}/restore",
  operationId: "restoreBookingDocument",
  tag: "Documents",
  summary: "Restore a deleted document (admins, within 30 days)",
  description:
    "The document returns to the booking, if the booking has room for it (UPLOAD_MAX_FILES_PER_BOOKING). A customer gets 404. No body.",
  security: teamOnly,
  responses: {
    "200": { description: "{ id, restored: true }", json: restoredDocumentSchema, example: restoredDocumentExample },
    "400": malformedPathError,
    ...signedInErrors,
    "404": errorResponse("No such booking, or no document on it deleted within the last 30 days", {
      code: "NOT_FOUND",
      message: "No deleted document to restore",
    }),
    "409": errorResponse("The booking already holds as many documents as it may", {
      code: "CONFLICT",
      message: "luna-passport.pdf cannot be restored: the booking already holds 20 documents",
    }),
  },
});
