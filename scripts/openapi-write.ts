// npm run lint:openapi writes the OpenAPI document with this script, then lints the file with Spectral
// and Redocly. The document is the one /api/v1/openapi.json serves, built for a production host
// (https, the host docs/deploy.md uses): the linters check what integrators read, not http://localhost.
// Usage: tsx --import ./scripts/lib/server-only-preload.mjs scripts/openapi-write.ts [out-file] [server-url]
import fs from "node:fs";
import path from "node:path";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";

const [outFile = ".openapi/openapi.json", serverUrl = "https://bookings.pawpathsae.com"] = process.argv.slice(2);

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify(buildOpenApiDocument(serverUrl), null, 2)}\n`);
console.log(`Wrote ${outFile} (servers: ${serverUrl})`);
