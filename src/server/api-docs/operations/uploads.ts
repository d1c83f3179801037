import { createUploadBodySchema } from "@/contracts/documents/schemas";
import { foreignOriginRefused, publicFormCors } from "../cors-headers";
import { fileRefused } from "../document-errors";
import { errorResponse, retryAfterHeader } from "../error-responses";
import { createUploadExample, startedUploadToBucketExample } from "../examples/document-examples";
import { defineOperation, namedZodSchema, publicAccess } from "../operation";
import { startedUploadSchema } from "../schemas/document-schemas";

// route()'s default JSON body limit (src/web/http/json-body.ts): this route declares none.
const BODY_LIMIT_BYTES = 16 * 1024;

/** POST /api/v1/uploads (src/app/api/v1/uploads/route.ts): a document for a booking not sent yet. */
export const startUploadOperation = defineOperation({
  method: "post",
  path: "/api/v1/uploads",
  operationId: "startUpload",
  tag: "Documents",
  summary: "Start uploading a document for a booking not sent yet",
  description:
    "For the booking form and the marketing site, before the booking is sent: declare the file, send its bytes where `upload` says (a form POST to the bucket, or a PUT to this app), then POST /api/v1/uploads/{id}/complete. Send the booking with the ids in `documents` and the draftKey as its Idempotency-Key: only checked uploads of that draft key are attached. The size is checked here and again from the bytes; the type is decided from the bytes only. Browsers may call it only from PUBLIC_FORM_ORIGINS. Each address may start UPLOAD_RATE_LIMIT_MAX uploads per UPLOAD_RATE_LIMIT_WINDOW_SECONDS (60 per 10 minutes unless configured); past that it is answered 429 with Retry-After.",
  security: publicAccess,
  requestBody: {
    schema: namedZodSchema("CreateUploadBody", createUploadBodySchema, "input"),
    example: createUploadExample,
  },
  responses: {
    "201": {
      description: "Started: where to send the bytes, until expiresAt (never cached)",
      headers: publicFormCors,
      json: startedUploadSchema,
      example: startedUploadToBucketExample,
    },
    "400": fileRefused(
      "Invalid JSON or fields, or a file that is empty, over UPLOAD_MAX_BYTES or one too many for its draft (UPLOAD_MAX_FILES_PER_BOOKING); `fields.file` names the file and why",
      "luna-passport.pdf is 12.4 MB; the limit is 10 MB",
      publicFormCors,
    ),
    "403": foreignOriginRefused,
    "413": errorResponse(
      `The body is larger than ${BODY_LIMIT_BYTES / 1024} KiB`,
      { code: "PAYLOAD_TOO_LARGE", message: `The request body must be at most ${BODY_LIMIT_BYTES} bytes` },
      publicFormCors,
    ),
    "415": errorResponse(
      "The body is not JSON",
      { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as JSON with Content-Type: application/json" },
      publicFormCors,
    ),
    "429": errorResponse(
      "Too many uploads from this address; see the Retry-After header",
      { code: "RATE_LIMITED", message: "Too many uploads from your network in a short time. Please try again later." },
      { "Retry-After": retryAfterHeader, ...publicFormCors },
    ),
  },
});
