import { documentNotFound } from "../document-errors";
import { malformedPathError, signedInErrors } from "../error-responses";
import { downloadLocationExample } from "../examples/document-examples";
import { defineOperation, teamOnly } from "../operation";

/** GET …/documents/{id}/download (src/app/api/v1/bookings/[reference]/documents/[id]/download/route.ts). */
export const downloadBookingDocumentOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/{reference}/documents/{id}/download",
  operationId: "downloadBookingDocument",
  tag: "Documents",
  summary: "Download a document (the team; a customer their own)",
  description:
    "Answers 303 See Other to a link valid for 5 minutes (GET /api/v1/files/{token} with the local driver, a presigned bucket url with s3) that serves the file as an attachment with its checked type, never inline. Follow the redirect; never store or log the link.",
  security: teamOnly,
  responses: {
    "303": {
      description: "See Other: the file is at Location, for 5 minutes. No body.",
      headers: {
        Location: {
          description: "A signed link to the file, valid for at most 5 minutes",
          // A presigned S3 url with its query; the local driver's is shorter.
          schema: { type: "string", format: "uri", maxLength: 8192 },
          example: downloadLocationExample,
        },
        "Cache-Control": {
          description: "The link must not be kept",
          schema: { type: "string", const: "private, no-store" },
        },
        "Referrer-Policy": {
          description: "The record's address is not passed to the file's host",
          schema: { type: "string", const: "no-referrer" },
        },
      },
    },
    "400": malformedPathError,
    ...signedInErrors,
    "404": documentNotFound,
  },
});
