import type { ApiHeader, ApiParameter } from "../operation";
import { bookingNotFound, malformedPathError, signedInErrors } from "../error-responses";
import { notACustomer } from "../customer-errors";
import { journeyExample } from "../examples/journey-examples";
import { defineOperation, teamOnly } from "../operation";
import { journeySchema } from "../schemas/journey-schemas";

/** The journey's ETag: its version and the flight's phase (in the air and arrived follow the clock). */
export const JOURNEY_ETAG_PATTERN = /^"\d{1,16}-(no_flight|not_departed|in_the_air|arrived)"$/;

const journeyEtag: ApiHeader = {
  description:
    "The journey's version and the flight's phase, quoted (such as \"57-not_departed\"): send it back in If-None-Match",
  schema: { type: "string", maxLength: 32, pattern: JOURNEY_ETAG_PATTERN.source },
  example: '"57-not_departed"',
};

const privateNoCache: ApiHeader = {
  description: "Only the customer's browser may keep it, and must ask again each time (with If-None-Match)",
  schema: { type: "string", const: "private, no-cache" },
};

const ifNoneMatchParameter: ApiParameter = {
  name: "If-None-Match",
  in: "header",
  required: false,
  description: "The ETag of the journey you have: 304 Not Modified while it is still the current one",
  schema: { type: "string", maxLength: 256 },
  example: '"57-not_departed"',
};

/** GET /api/v1/me/bookings/{reference}/journey (src/app/api/v1/me/bookings/[reference]/journey/route.ts). */
export const getMyBookingJourneyOperation = defineOperation({
  method: "get",
  path: "/api/v1/me/bookings/{reference}/journey",
  operationId: "getMyBookingJourney",
  tag: "Customer",
  summary: "The journey of one of the signed-in customer's bookings",
  description:
    "Where the booking is (received → confirmed → preparing → flight booked → in the air → arrived → completed, or cancelled), each step with its date; the pets, route, flight (times with each airport's own offset), the team's updates, documents and those still missing, and whom to contact. Never the team's notes. Poll it with If-None-Match: 304 until the version or the flight's phase moves. Another customer's booking is 404, never 403; the team uses GET /api/v1/bookings/{reference}.",
  security: teamOnly,
  parameters: [ifNoneMatchParameter],
  responses: {
    "200": {
      description: "The journey; headers ETag and Cache-Control",
      headers: { ETag: journeyEtag, "Cache-Control": privateNoCache },
      json: journeySchema,
      example: journeyExample,
    },
    "304": {
      description: "Not Modified: the journey is still the one If-None-Match names. No body.",
      headers: { ETag: journeyEtag, "Cache-Control": privateNoCache },
    },
    "400": malformedPathError,
    "401": signedInErrors["401"],
    "403": notACustomer,
    "404": bookingNotFound,
  },
});
