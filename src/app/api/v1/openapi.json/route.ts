import { getConfig } from "@/config/env";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";
import { route } from "@/web/route";

/** The OpenAPI document, open to any site (it is public documentation). */
export const GET = route({ context: false }, async () =>
  Response.json(buildOpenApiDocument(getConfig().APP_URL), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
  }),
);
