import fs from "node:fs";
import { expect, it } from "vitest";
import { CADDY_ENCODE_TYPES } from "../../bench/support/caddy-encode";

// The app does not compress; the Caddy in front of it does. The benches and Lighthouse put the same
// encode rules in front of the app as production does, and the live stream is never among them.
it("compresses in Caddy exactly the types the bench's Caddy does, and never the event stream", () => {
  const caddyfile = fs.readFileSync("deploy/Caddyfile", "utf8");
  const block = /encode \{([\s\S]*?)\n\t\}/.exec(caddyfile)?.[1] ?? "";
  const types = [...block.matchAll(/header Content-Type (\S+)\*/g)].map((match) => match[1]);
  expect(types).toEqual([...CADDY_ENCODE_TYPES]);
  expect(block).toMatch(/\bzstd\b[\s\S]*\bgzip\b/);
  expect(types.some((type) => "text/event-stream".startsWith(type!))).toBe(false);
  const nextConfig = fs.readFileSync("next.config.ts", "utf8");
  expect(nextConfig).toMatch(/^\s*compress: false,/m);
});
