import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROUTES } from "../../e2e/support/route-registry";

const APP = path.resolve(import.meta.dirname, "../../src/app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "src/app/(admin)/admin/users/page.tsx" → "/admin/users": route groups do not appear in URLs. */
function urlOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

function routesInApp(): string[] {
  const found: string[] = [];
  for (const file of walk(APP)) {
    const name = path.basename(file);
    if (name === "page.tsx") found.push(`page GET ${urlOf(file)}`);
    if (name === "route.ts") {
      const source = fs.readFileSync(file, "utf8");
      for (const method of METHODS) {
        if (
          new RegExp(
            `export (async )?function ${method}\\b|export const ${method}\\b|export \\{[^}]*\\b${method}\\b`,
          ).test(source)
        ) {
          found.push(`api ${method} ${urlOf(file)}`);
        }
      }
    }
  }
  return found.sort();
}

it("lists every page and API route of the app, and nothing that is gone, in the access registry", () => {
  const registered = ROUTES.map((entry) => `${entry.kind} ${entry.method} ${entry.route}`).sort();
  expect(registered).toEqual(routesInApp());
  expect(new Set(registered).size).toBe(registered.length);
});
