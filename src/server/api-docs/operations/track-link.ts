import { TRACK_TOKEN_PATTERN } from "@/server/tracking/track-limits";
import { errorResponse, malformedPathError, retryAfterHeader } from "../error-responses";
import { publicJourneyExample } from "../examples/journey-examples";
import { defineOperation, signedLinkAccess } from "../operation";
import { publicJourneySchema } from "../schemas/journey-schemas";
import { trackNotFound } from "./track";

/** GET /api/v1/track/{reference} (src/app/api/v1/track/[reference]/route.ts): the emailed link. */
export const trackBookingByLinkOperation = defineOperation({
  method: "get",
  path: "/api/v1/track/{reference}",
  operationId: "trackBookingByLink",
  tag: "Tracking",
  summary: "Follow a booking by the link in its emails",
  description:
    "What the \"Follow your booking\" link of every email to a customer (/track?r={reference}&t={token}) shows: the same public journey as POST /api/v1/track. The token is an HMAC of the reference and the customer, keyed from the server's secret; it opens the journey while the booking is open and until 30 days after it was completed or cancelled. A wrong, altered or expired token gets the same 404 as an unknown booking. Counts toward the address's TRACK_RATE_LIMIT_MAX.",
  security: signedLinkAccess,
  parameters: [
    {
      name: "t",
      in: "query",
      required: true,
      description: "The link's token (43 base64url characters); anything else is 404",
      schema: { type: "string", maxLength: 43, pattern: TRACK_TOKEN_PATTERN.source },
      example: "q3B1dF9yZWFsX3Rva2Vuc19hcmVfbWFkZV9ieV90aGU",
    },
  ],
  responses: {
    "200": { description: "The public journey", json: publicJourneySchema, example: publicJourneyExample },
    "400": malformedPathError,
    "404": trackNotFound(),
    "429": errorResponse(
      "Too many requests from this address; see the Retry-After header",
      {
        code: "RATE_LIMITED",
        message: "Too many tracking requests from your network. Please wait a few minutes and try again.",
      },
      { "Retry-After": retryAfterHeader },
    ),
  },
});
