import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";

const V1 = path.resolve(import.meta.dirname, "../../src/app/api/v1");
// OPTIONS is the CORS preflight of a documented operation, not an operation of its own.
const DOCUMENTED_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** "src/app/api/v1/bookings/[reference]/route.ts" → "/api/v1/bookings/{reference}", OpenAPI's spelling. */
function openApiPathOf(file: string): string {
  const segments = path.relative(V1, path.dirname(file)).split(path.sep).filter(Boolean);
  return ["/api/v1", ...segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
}

function operationsInRoutes(): string[] {
  return routeFiles(V1).flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    return DOCUMENTED_METHODS.filter((method) =>
      new RegExp(`export (async )?function ${method}\\b|export const ${method}\\b|export \\{[^}]*\\b${method}\\b`).test(
        source,
      ),
    ).map((method) => `${method} ${openApiPathOf(file)}`);
  });
}

function operationsInDocument(): string[] {
  const { paths } = buildOpenApiDocument("http://localhost:3000");
  return Object.entries(paths)
    .filter(([documentedPath]) => documentedPath.startsWith("/api/v1/"))
    .flatMap(([documentedPath, item]) =>
      DOCUMENTED_METHODS.filter((method) => method.toLowerCase() in item).map(
        (method) => `${method} ${documentedPath}`,
      ),
    );
}

it("finds the /api/v1 route handlers it checks", () => {
  expect(operationsInRoutes()).toContain("POST /api/v1/bookings");
  expect(operationsInRoutes()).toContain("PATCH /api/v1/bookings/{reference}");
});

it("documents every /api/v1 route handler in the OpenAPI document, and nothing that is gone", () => {
  expect(operationsInDocument().sort()).toEqual(operationsInRoutes().sort());
});
