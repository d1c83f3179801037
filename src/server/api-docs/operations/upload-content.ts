import { foreignOriginRefused, publicFormCors } from "../cors-headers";
import { signedLinkRefusals } from "../document-errors";
import { uploadTokenParameter } from "../document-parameters";
import { errorResponse } from "../error-responses";
import { uploadContentExample } from "../examples/document-examples";
import { defineOperation, signedLinkAccess } from "../operation";
import { uploadContentSchema } from "../schemas/document-schemas";

/** PUT /api/v1/uploads/{id}/content (src/app/api/v1/uploads/[id]/content/route.ts): the local driver's upload. */
export const sendUploadContentOperation = defineOperation({
  method: "put",
  path: "/api/v1/uploads/{id}/content",
  operationId: "sendUploadContent",
  tag: "Documents",
  summary: "Send a document's bytes (STORAGE_DRIVER=local)",
  description:
    "Where `upload.url` points when the documents are on this server's disk: PUT the file itself as the body, with the headers `upload.headers` gives, once. The bytes are streamed to quarantine and refused past the size signed into the link; nothing is checked or kept until complete. With STORAGE_DRIVER=s3 the bytes go to the bucket instead and this answers 404.",
  security: signedLinkAccess,
  parameters: [uploadTokenParameter],
  requestBody: {
    mediaType: "application/octet-stream",
    description:
      "The file's raw bytes. Send the Content-Type `upload.headers` gives (the type you declared); the server decides the type from the bytes on complete, never from this header.",
    schema: uploadContentSchema,
    example: () => uploadContentExample,
  },
  responses: {
    "204": { description: "Received; now POST …/complete", headers: publicFormCors },
    "400": errorResponse("No body", { code: "VALIDATION", message: "luna-passport.pdf arrived empty" }, publicFormCors),
    "403": foreignOriginRefused,
    ...signedLinkRefusals(publicFormCors),
    "409": errorResponse(
      "The bytes of this upload were already sent: a link is used once",
      { code: "CONFLICT", message: "This upload has already been sent." },
      publicFormCors,
    ),
    "413": errorResponse(
      "Larger than the size signed into the link (the declared size, at most UPLOAD_MAX_BYTES); nothing is kept",
      { code: "PAYLOAD_TOO_LARGE", message: "luna-passport.pdf is larger than the limit" },
      publicFormCors,
    ),
  },
});
