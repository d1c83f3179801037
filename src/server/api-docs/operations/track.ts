import { trackRequestSchema } from "@/contracts/journey/track";
import {
  TRACK_NOT_FOUND_MESSAGE,
  TRACK_WRONG_EMAIL_MAX,
  TRACK_WRONG_EMAIL_WINDOW_SECONDS,
} from "@/server/tracking/track-limits";
import { foreignOriginRefused, publicFormCors } from "../cors-headers";
import { errorResponse, retryAfterHeader } from "../error-responses";
import { publicJourneyExample, trackRequestExample } from "../examples/journey-examples";
import { defineOperation, namedZodSchema, publicAccess } from "../operation";
import { publicJourneySchema } from "../schemas/journey-schemas";

/** The one 404 of both tracking routes: nothing in it tells an unknown booking from a wrong email or link. */
export const trackNotFound = (headers?: typeof publicFormCors) =>
  errorResponse(
    "No live booking has this reference with this email (or link): an unknown, deleted or expired booking and a wrong email get this same answer",
    { code: "NOT_FOUND", message: TRACK_NOT_FOUND_MESSAGE },
    headers,
  );

/** POST /api/v1/track (src/app/api/v1/track/route.ts): the public lookup. */
export const trackBookingOperation = defineOperation({
  method: "post",
  path: "/api/v1/track",
  operationId: "trackBooking",
  tag: "Tracking",
  summary: "Follow a booking by its reference and email",
  description: `The journey of the booking with this reference, made with this email (any case), without personal data: the customer's first name, the pets' names and species, the cities, the status and its steps, the flight and the team's updates. Never the email, phone, surname, documents or notes. A booking may be followed while it is open and until 30 days after it was completed or cancelled. An unknown reference, a wrong email, a deleted booking and an expired one all get the same 404. Each address may make TRACK_RATE_LIMIT_MAX requests per TRACK_RATE_LIMIT_WINDOW_SECONDS (10 per 10 minutes unless configured), counted with GET /api/v1/track/{reference}; after ${TRACK_WRONG_EMAIL_MAX} wrong emails for one reference within ${TRACK_WRONG_EMAIL_WINDOW_SECONDS / 3600} hour, from any addresses, the reference answers 429 to everyone (the right email too) until the hour is over. Browsers may call it only from the origins configured in PUBLIC_FORM_ORIGINS.`,
  security: publicAccess,
  requestBody: {
    schema: namedZodSchema("TrackRequest", trackRequestSchema, "input"),
    example: trackRequestExample,
  },
  responses: {
    "200": {
      description: "The public journey",
      headers: publicFormCors,
      json: publicJourneySchema,
      example: publicJourneyExample,
    },
    "400": errorResponse(
      "Invalid JSON or a missing or malformed field; `fields` names each one",
      {
        code: "VALIDATION",
        message: "Enter your booking reference and email",
        fields: { email: "Enter a valid email address, such as name@example.com" },
      },
      publicFormCors,
    ),
    "403": foreignOriginRefused,
    "404": trackNotFound(publicFormCors),
    "415": errorResponse(
      "The body is not JSON",
      { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as JSON with Content-Type: application/json" },
      publicFormCors,
    ),
    "429": errorResponse(
      "Too many requests from this address, or too many wrong emails for this reference; see the Retry-After header",
      {
        code: "RATE_LIMITED",
        message:
          "Too many attempts for this booking reference. Please try again in an hour, or use the link in our emails.",
      },
      { "Retry-After": retryAfterHeader, ...publicFormCors },
    ),
  },
});
