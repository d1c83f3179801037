import { foreignOriginRefused, publicFormCors } from "../cors-headers";
import { fileRefused } from "../document-errors";
import { errorResponse } from "../error-responses";
import { completedUploadExample } from "../examples/document-examples";
import { defineOperation, publicAccess } from "../operation";
import { completedUploadSchema } from "../schemas/document-schemas";

/** POST /api/v1/uploads/{id}/complete (src/app/api/v1/uploads/[id]/complete/route.ts). */
export const completeUploadOperation = defineOperation({
  method: "post",
  path: "/api/v1/uploads/{id}/complete",
  operationId: "completeUpload",
  tag: "Documents",
  summary: "Check an upload's bytes",
  description:
    "Call once the bytes are sent. The size is read from the stored object and the type from its first bytes (PDF, JPEG, PNG, HEIC/HEIF or WebP; never the name or the browser's claim). A checked upload waits, ready, until a booking names it in `documents`; a refused one is deleted and answers the same refusal again. Completing twice answers the same. No body.",
  security: publicAccess,
  responses: {
    "200": {
      description: "Checked: the type read from the bytes and the size (never cached)",
      headers: publicFormCors,
      json: completedUploadSchema,
      example: completedUploadExample,
    },
    "400": fileRefused(
      "Refused: not an allowed type, empty, over the limit, or not sent yet; `fields.file` names the file and why",
      "luna-passport.pdf is not a PDF, JPEG, PNG, HEIC or WebP file",
      publicFormCors,
    ),
    "403": foreignOriginRefused,
    "404": errorResponse(
      "No such upload (or a booking's own document, completed through its booking)",
      { code: "NOT_FOUND", message: "No such upload" },
      publicFormCors,
    ),
  },
});
