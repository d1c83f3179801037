import { signedLinkRefusals } from "../document-errors";
import { malformedPathError } from "../error-responses";
import { uploadContentExample, webpContentExample } from "../examples/document-examples";
import { defineOperation, signedLinkAccess } from "../operation";

const bytes = (what: string) => ({ description: what });

/** GET /api/v1/files/{token} (src/app/api/v1/files/[token]/route.ts): the local driver's signed links. */
export const signedFileOperation = defineOperation({
  method: "get",
  path: "/api/v1/files/{token}",
  operationId: "signedFile",
  tag: "Documents",
  summary: "A file behind a signed link (STORAGE_DRIVER=local)",
  description:
    "Where downloads and thumbnails point when the documents are on this server's disk: the link made by …/download or a list's thumbnailUrl, valid for at most 5 minutes. The token (HMAC over the key, type, disposition and expiry) is the only credential; no session is read. Served so that nothing in it can run: its checked type, nosniff, a sandbox policy, and as an attachment unless it is a server-made thumbnail. With STORAGE_DRIVER=s3 links point at the bucket and this answers 404.",
  security: signedLinkAccess,
  responses: {
    "200": {
      description: "The file, with the type it was checked as",
      headers: {
        "Content-Disposition": {
          description:
            "attachment with the document's sanitised name (inline only for a thumbnail), as an ASCII fallback and as UTF-8",
          schema: {
            type: "string",
            maxLength: 2048,
            pattern: '^(attachment|inline); filename="[^"]*"; filename\\*=UTF-8\'\'\\S+$',
          },
        },
        "Content-Length": {
          description: "The file's size in bytes",
          schema: { type: "integer", format: "int64", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        },
        "X-Content-Type-Options": {
          description: "Browsers must not guess another type",
          schema: { type: "string", const: "nosniff" },
        },
        "Content-Security-Policy": {
          description: "Nothing in the file may run, even if it is opened",
          schema: { type: "string", const: "sandbox" },
        },
        "Cache-Control": { description: "Never cached", schema: { type: "string", const: "private, no-store" } },
        "Referrer-Policy": { description: "No referrer", schema: { type: "string", const: "no-referrer" } },
      },
      content: {
        "application/pdf": { schema: bytes("The PDF's bytes"), example: uploadContentExample },
        "image/*": {
          schema: bytes("The image's bytes: JPEG, PNG, HEIC, HEIF or WebP (thumbnails are WebP)"),
          example: webpContentExample,
        },
      },
    },
    "400": malformedPathError,
    ...signedLinkRefusals(),
  },
});
