import { HEARTBEAT_SECONDS, MAX_STREAMS_PER_CUSTOMER } from "@/server/journey/journey-stream";
import { notACustomer } from "../customer-errors";
import {
  bookingNotFound,
  errorResponse,
  malformedPathError,
  retryAfterHeader,
  signedInErrors,
} from "../error-responses";
import { journeyEventsExample } from "../examples/journey-examples";
import { defineOperation, teamOnly } from "../operation";

/** GET /api/v1/me/bookings/{reference}/events (src/app/api/v1/me/bookings/[reference]/events/route.ts). */
export const getMyBookingEventsOperation = defineOperation({
  method: "get",
  path: "/api/v1/me/bookings/{reference}/events",
  operationId: "streamMyBookingEvents",
  tag: "Customer",
  summary: "Live changes of one of the signed-in customer's bookings (Server-Sent Events)",
  description: `A stream that stays open: \`event: journey\` with \`data: { "version": n }\` at once and after every committed change that moves the journey's version (then GET …/journey for the new one), a heartbeat comment (\`: heartbeat\`) every ${HEARTBEAT_SECONDS} seconds, and \`retry: 5000\`. It closes when the session ends or the account is deactivated (checked every 60 seconds) and when the client leaves. At most ${MAX_STREAMS_PER_CUSTOMER} streams per customer at once; a client that cannot stream polls GET …/journey with If-None-Match every 30 seconds. Another customer's booking is 404, never 403.`,
  security: teamOnly,
  responses: {
    "200": {
      description: "The event stream (never cached, never buffered by a proxy); it ends only when closed",
      headers: {
        "Cache-Control": { description: "The stream is never stored", schema: { type: "string", const: "no-store" } },
        "X-Accel-Buffering": {
          description: "Tells nginx and similar proxies to pass each event on at once",
          schema: { type: "string", const: "no" },
        },
      },
      content: {
        "text/event-stream": {
          schema: {
            type: "string",
            description: 'Server-Sent Events: `event: journey` with `data: {"version": n}`, and heartbeat comments',
          },
        },
      },
      example: journeyEventsExample,
    },
    "400": malformedPathError,
    "401": signedInErrors["401"],
    "403": notACustomer,
    "404": bookingNotFound,
    "429": errorResponse(
      `Already ${MAX_STREAMS_PER_CUSTOMER} live views open for this customer`,
      {
        code: "RATE_LIMITED",
        message: `At most ${MAX_STREAMS_PER_CUSTOMER} live views at once: close another tab showing a booking`,
      },
      { "Retry-After": retryAfterHeader },
    ),
  },
});
