import "server-only";
import { brand } from "@/config/brand";
import { todayIn } from "@/lib/dates";

// Values as EJSON.parse(…, { relaxed: false }) and the driver (promoteValues: false) hand them over:
// numbers arrive as Int32, Double, Long or Decimal128 wrappers, told apart by their `_bsontype` (the same
// under any copy of the bson package, which `instanceof` is not).
type BsonValue = { _bsontype: string; toString(): string; toHexString?: () => string; getTimestamp?: () => Date };

const bsonTypeOf = (value: unknown): string | undefined =>
  value !== null && typeof value === "object" && "_bsontype" in value ? String(value._bsontype) : undefined;

// A mapping has a few dozen paths, read for every document: each is split once.
const splitPaths = new Map<string, readonly string[]>();

/** The value at a dot path ("customer.phone", "pets.0.name"), or undefined. */
export function valueAt(document: unknown, path: string): unknown {
  let keys = splitPaths.get(path);
  if (!keys) splitPaths.set(path, (keys = path.split(".")));
  let current: unknown = document;
  for (const key of keys) {
    if (current === null || typeof current !== "object" || bsonTypeOf(current) !== undefined) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const NUMERIC = new Set(["Int32", "Double", "Long", "Decimal128"]);

/** A number, from any numeric BSON type or a numeric string ("4.5", "4,5"); undefined when absent or empty. */
export function numberOf(value: unknown): number | undefined | typeof NOT_A_NUMBER {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return value;
  const type = bsonTypeOf(value);
  const text = type && NUMERIC.has(type) ? (value as BsonValue).toString() : typeof value === "string" ? value : null;
  if (text === null) return NOT_A_NUMBER;
  const parsed = Number(text.trim().replace(",", "."));
  return Number.isFinite(parsed) ? parsed : NOT_A_NUMBER;
}
export const NOT_A_NUMBER = Symbol("not a number");

/**
 * Text as the form would have received it: strings as they are, numbers and ids written out. Anything
 * else (an object, an array) is returned as it is, for the form's rules to refuse ("must be text").
 */
export function textOf(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const type = bsonTypeOf(value);
  if (type === "ObjectId") return (value as BsonValue).toHexString!();
  if (type && NUMERIC.has(type)) return (value as BsonValue).toString();
  return value;
}

/** The _id as text: an ObjectId's 24 hex digits, a string or a number as written. */
export function sourceIdOf(id: unknown): string | undefined {
  const text = textOf(id);
  return typeof text === "string" && text.length > 0 ? text : undefined;
}

/** When an ObjectId was made (its first four bytes), or undefined for any other _id. */
export function objectIdTime(id: unknown): Date | undefined {
  return bsonTypeOf(id) === "ObjectId" ? (id as BsonValue).getTimestamp!() : undefined;
}

/** An instant from a Date, an ISO string, or milliseconds since 1970 (a Long or a number). */
export function instantOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = new Date(value.trim());
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  const ms = numberOf(value);
  return typeof ms === "number" ? new Date(ms) : undefined;
}

/**
 * A calendar day (YYYY-MM-DD) as the form sends it. A stored Date is read on the company's wall clock
 * (a midnight in Dubai is stored as 20:00 UTC the day before); "2024-05-01" and "2024-05-01T…" give the
 * day written; anything else is passed on for the form's date rule to refuse.
 */
export function calendarDayOf(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid" : todayIn(brand.timeZone, value);
  if (typeof value === "string") {
    const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value);
    return day ? day[1] : value.trim();
  }
  return textOf(value);
}

/** A consent field: true, "yes", or a date (when given) mean agreed; the instant is returned when known. */
export function consentOf(value: unknown): { agreed: boolean; at?: Date } {
  if (value === true) return { agreed: true };
  if (typeof value === "string" && ["true", "yes", "y", "1", "on", "agreed"].includes(value.trim().toLowerCase()))
    return { agreed: true };
  if (value instanceof Date) return { agreed: true, at: value };
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const at = instantOf(value);
    if (at) return { agreed: true, at };
  }
  const number = numberOf(value);
  if (number === 1) return { agreed: true };
  return { agreed: false };
}
