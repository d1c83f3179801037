import { getConfig } from "@/config/env";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";

export function GET() {
  return Response.json(buildOpenApiDocument(getConfig().APP_URL), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
  });
}
