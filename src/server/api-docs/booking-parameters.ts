import type { ApiParameter } from "./operation";

/** The path parameter of every /api/v1/bookings/{reference} route. */
export const referenceParameter: ApiParameter = {
  name: "reference",
  in: "path",
  required: true,
  schema: { type: "string" },
  example: "PP-2026-00042",
};

/** Optimistic concurrency on a booking's writes. */
export const ifMatchParameter: ApiParameter = {
  name: "If-Match",
  in: "header",
  required: false,
  description: 'The booking version you read (its ETag, such as "3"). A stale version answers 412.',
  schema: { type: "string" },
};
