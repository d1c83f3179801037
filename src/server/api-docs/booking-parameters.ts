import { BOOKING_REFERENCE_MAX_LENGTH, BOOKING_REFERENCE_PATTERN } from "@/contracts/bookings/booking-reference";
import type { ApiHeader, ApiParameter } from "./operation";

/** The path parameter of every /api/v1/bookings/{reference} route. */
export const referenceParameter: ApiParameter = {
  name: "reference",
  in: "path",
  required: true,
  description: "The booking's reference; anything else is 404",
  schema: { type: "string", maxLength: BOOKING_REFERENCE_MAX_LENGTH, pattern: BOOKING_REFERENCE_PATTERN.source },
  example: "PP-2026-00042",
};

/** Optimistic concurrency on a booking's writes. */
export const ifMatchParameter: ApiParameter = {
  name: "If-Match",
  in: "header",
  required: false,
  description: 'The booking version you read (its ETag, such as "3"). A stale version answers 412.',
  // What src/web/http/if-match.ts reads: "3", W/"3" or a bare 3.
  schema: { type: "string", maxLength: 13, pattern: '^(W/)?"?\\d{1,9}"?$' },
  example: '"3"',
};

/** The ETag the booking routes answer with: the booking's version, quoted. */
export const etagHeader: Record<string, ApiHeader> = {
  ETag: {
    description: 'The booking\'s version, quoted (such as "3"): send it back in If-Match',
    schema: { type: "string", maxLength: 11, pattern: '^"\\d{1,9}"$' },
  },
};
