import { defineOperation } from "../operation";

/** GET /api/v1/openapi.json (src/app/api/v1/openapi.json/route.ts): this document. */
export const openApiDocumentOperation = defineOperation({
  method: "get",
  path: "/api/v1/openapi.json",
  operationId: "openApiDocument",
  summary: "This API's OpenAPI 3.1 document",
  description: "Generated from the same schemas the server validates with. Any site may read it.",
  responses: {
    "200": { description: "The OpenAPI document", content: { "application/json": { schema: { type: "object" } } } },
  },
});
