import "server-only";
import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { AppError } from "../errors";

/** What an Idempotency-Key may be: 8 to 200 visible ASCII characters (the OpenAPI document says so too). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/** A key older than this no longer replays: the same key then makes a new booking (README, API section). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** How long a request waits for another one holding its key before answering 409, and how often it looks. */
export const IDEMPOTENCY_KEY_WAIT_MS = 2_000;
export const IDEMPOTENCY_KEY_RETRY_MS = 100;

export const idempotencyKeyTtl = sql`make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`;

/**
 * sha256 of the canonical JSON of the validated body: object keys sorted at every depth, array order
 * kept (pets are ordered), no whitespace. Key order and formatting of what was sent therefore do not
 * matter, while any change of a value does.
 */
export function bodyFingerprint(body: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(withSortedKeys(body)))
    .digest("hex");
}

function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value === null || typeof value !== "object") return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value; // Dates and the like: their toJSON
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, withSortedKeys(inner)]));
}

/**
 * Taken first by the intake's insert statement, and held until it commits: a second request with the
 * same key meanwhile writes nothing and does not queue behind the first one's row locks. A hash
 * collision between two keys only costs a retry. With no key there is nothing to guard.
 */
export function idempotencyGate(idempotencyKey: string | null): SQL {
  return idempotencyKey
    ? sql`select pg_try_advisory_xact_lock(hashtext(${`bookings.idempotency-key:${idempotencyKey}`})) as free`
    : sql`select true as free`;
}

/** The earlier booking with this key answers a replay only for the same body (a null fingerprint predates it). */
export function assertSameBody(storedFingerprint: string | null, fingerprint: string) {
  if (storedFingerprint !== null && storedFingerprint !== fingerprint) {
    throw new AppError(
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used for a booking with different details. Send a new key to make another booking.",
    );
  }
}

export function idempotencyKeyInUse(): AppError {
  return new AppError(
    "IDEMPOTENCY_KEY_IN_USE",
    "A request with this Idempotency-Key is still being processed. Try again in a moment to get its answer.",
    { retryAfterSeconds: 1 },
  );
}
