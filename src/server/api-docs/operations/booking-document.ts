import { documentNotFound } from "../document-errors";
import { malformedPathError, signedInErrors } from "../error-responses";
import { defineOperation, teamOnly } from "../operation";

/** DELETE /api/v1/bookings/{reference}/documents/{id} (src/app/api/v1/bookings/[reference]/documents/[id]/route.ts). */
export const deleteBookingDocumentOperation = defineOperation({
  method: "delete",
  path: "/api/v1/bookings/{reference}/documents/{id}",
  operationId: "deleteBookingDocument",
  tag: "Documents",
  summary: "Delete a document (admins)",
  description:
    "The document leaves the booking at once; an admin can restore it for 30 days, then it is purged with its stored file. A customer gets 404.",
  security: teamOnly,
  responses: {
    "204": { description: "Deleted" },
    "400": malformedPathError,
    ...signedInErrors,
    "404": documentNotFound,
  },
});
