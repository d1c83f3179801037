import { randomUUID } from "node:crypto";
import type { Random } from "@/db/seed/random";

// Values that must differ between calls (emails) or sit a fixed distance from today (dates).
// Given the seed's `Random`, every value comes from it, so the same seed gives the same data; without
// one, emails take their unique part from crypto, so parallel test files and browsers never share a
// customer. Runtime imports stay relative and free of server-only: Playwright loads this file as is.

const DAY_MS = 86_400_000;

/** Twelve hex digits: from the seeded generator when given, else from crypto. */
function uniqueTag(random?: Random): string {
  if (!random) return randomUUID().replace(/-/g, "").slice(0, 12);
  let tag = "";
  for (let index = 0; index < 12; index++) tag += Math.floor(random.next() * 16).toString(16);
  return tag;
}

/** `prefix.<12 hex digits>@example.com` (example.com is reserved: mail to it never reaches anyone). */
export function uniqueEmail(prefix = "owner", random?: Random): string {
  return `${prefix}.${uniqueTag(random)}@example.com`;
}

/** YYYY-MM-DD, `days` after `now` (UTC). */
export function futureDate(days = 30, now = Date.now()): string {
  return new Date(now + days * DAY_MS).toISOString().slice(0, 10);
}

/** A 15-digit microchip number with the UAE's 784 prefix. */
export function microchipNumber(random?: Random): string {
  const draw = random ? () => random.next() : Math.random;
  let digits = "784";
  while (digits.length < 15) digits += Math.floor(draw() * 10);
  return digits;
}
