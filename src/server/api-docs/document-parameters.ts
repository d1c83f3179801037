import { documentIdExample, fileTokenExample, uploadTokenExample } from "./examples/document-examples";
import type { ApiParameter } from "./operation";

/**
 * A signed token of the local driver's links (src/server/storage/signed-token.ts): the base64url JSON
 * payload with its expiry, a dot, and the base64url HMAC-SHA256 (43 characters).
 */
const SIGNED_TOKEN_PATTERN = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$";

/** The path parameter {id} of the uploads and booking documents routes. */
export const documentIdParameter: ApiParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The document's id, as starting its upload answered it; anything else is 404",
  schema: { type: "string", format: "uuid", minLength: 36, maxLength: 36 },
  example: documentIdExample,
};

/** The path parameter {token} of GET /api/v1/files/{token}. */
export const fileTokenParameter: ApiParameter = {
  name: "token",
  in: "path",
  required: true,
  description:
    "The signed token of a download or thumbnail link (its key, type, disposition and expiry); a token altered in any way is 404, an expired one 410",
  // A genuine token is far shorter: a 120-character name, percent-encoded, signs into about 2,600.
  schema: { type: "string", minLength: 45, maxLength: 4096, pattern: SIGNED_TOKEN_PATTERN },
  example: fileTokenExample,
};

/** The query parameter `token` of PUT /api/v1/uploads/{id}/content. */
export const uploadTokenParameter: ApiParameter = {
  name: "token",
  in: "query",
  required: true,
  description:
    "The signed token in the upload's url (made for this upload only, with its size limit and expiry); an altered one or one made for another upload is 404, an expired one 410",
  schema: { type: "string", minLength: 45, maxLength: 512, pattern: SIGNED_TOKEN_PATTERN },
  example: uploadTokenExample,
};
