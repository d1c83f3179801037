import { openApiDocumentExample } from "../examples/system-examples";
import { defineOperation, publicAccess } from "../operation";

/** GET /api/v1/openapi.json (src/app/api/v1/openapi.json/route.ts): this document. */
export const openApiDocumentOperation = defineOperation({
  method: "get",
  path: "/api/v1/openapi.json",
  operationId: "openApiDocument",
  tag: "System",
  summary: "This API's OpenAPI 3.1 document",
  description: "Generated from the same schemas the server validates with. Any site may read it.",
  security: publicAccess,
  responses: {
    "200": {
      description: "The OpenAPI document",
      headers: {
        "Access-Control-Allow-Origin": { description: "Any site may read it", schema: { type: "string", const: "*" } },
      },
      content: {
        "application/json": {
          schema: {
            type: "object",
            required: ["openapi", "info", "paths"],
            properties: {
              openapi: { type: "string", const: "3.1.0" },
              info: { type: "object" },
              paths: { type: "object" },
            },
          },
        },
      },
      example: openApiDocumentExample,
    },
  },
});
