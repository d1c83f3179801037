import { foreignOriginRefused, publicFormCors } from "../cors-headers";
import { errorResponse, malformedPathError } from "../error-responses";
import { defineOperation, publicAccess } from "../operation";

/** DELETE /api/v1/uploads/{id} (src/app/api/v1/uploads/[id]/route.ts): the form's file removed before sending. */
export const discardUploadOperation = defineOperation({
  method: "delete",
  path: "/api/v1/uploads/{id}",
  operationId: "discardUpload",
  tag: "Documents",
  summary: "Discard an upload not attached to a booking",
  description:
    "For a file the person removed from the form before sending the booking: the upload and its stored bytes are deleted at once and no longer count towards the draft's limit. The upload's id (known only to whoever started it) is what allows it, as for complete. An upload a booking already took is 404. No body.",
  security: publicAccess,
  responses: {
    "204": { description: "Discarded", headers: publicFormCors },
    "400": malformedPathError,
    "403": foreignOriginRefused,
    "404": errorResponse(
      "No such upload, or one a booking already took",
      { code: "NOT_FOUND", message: "No such upload" },
      publicFormCors,
    ),
  },
});
