import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { pagePermission } from "@/server/access/page-permissions";

const APP = path.resolve(import.meta.dirname, "../../src/app");

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pages(full) : entry.name === "page.tsx" ? [full] : [];
  });
}

/** "src/app/(admin)/admin/bookings/[reference]/page.tsx" → "/admin/bookings/x". */
function urlOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? "x" : segment));
  return `/${segments.join("/")}`;
}

// The not-found pages tell a role refusal from a missing page with pagePermission(): it must name the
// permission each guarded page really asks for.
it("names the permission every guarded page asks requirePagePermission for", () => {
  const guarded = pages(APP).flatMap((file) => {
    const asked = /requirePagePermission\("([\w.]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
    return asked ? [{ url: urlOf(file), asked }] : [];
  });
  expect(guarded.length).toBeGreaterThan(10);
  for (const { url, asked } of guarded) expect(pagePermission(url), url).toBe(asked);
});

it("leaves the public site alone and matches whole path segments", () => {
  expect(pagePermission("/book")).toBeUndefined();
  expect(pagePermission("/administrator")).toBeUndefined();
  expect(pagePermission("/admin/users/x")).toBe("users.manage");
  expect(pagePermission("/portal/bookings/PP-2026-00042")).toBe("ownBookings.read");
});
