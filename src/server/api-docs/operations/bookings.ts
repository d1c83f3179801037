import { createBookingBodySchema, createBookingResponseSchema } from "@/contracts/bookings/schemas";
import { bookingListParameters, pageParameters } from "../booking-list-parameters";
import { errorResponse, signedInErrors } from "../error-responses";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";

/** The largest booking the intake reads; the route's body limit and the 413 below both use it. */
export const CREATE_BOOKING_BODY_LIMIT_BYTES = 64 * 1024;

/** GET /api/v1/bookings (src/app/api/v1/bookings/route.ts). */
export const listBookingsOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings",
  operationId: "listBookings",
  summary: "List bookings (staff and admins)",
  description:
    "The bookings table: filters, search, sort and pages. `q` matches a whole microchip, email or phone number exactly, and fragments of reference, names, contacts and microchips otherwise. `total` is exact as far as an index answers (up to 50,000 matches for filters, 1,000 for a fragment search) and an estimate from a sample of the table past it (`totalIsExact: false`).",
  security: teamOnly,
  parameters: [...bookingListParameters(), ...pageParameters()],
  responses: {
    "200": {
      description: "One page: { items, total, totalIsExact, page, pageSize }",
      content: {
        "application/json": {
          schema: { type: "object", required: ["items", "total", "totalIsExact", "page", "pageSize"] },
        },
      },
    },
    "400": errorResponse("A bad parameter; `fields` names each one"),
    ...signedInErrors,
  },
});

/** POST /api/v1/bookings (src/app/api/v1/bookings/route.ts): the public intake. */
export const createBookingOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings",
  operationId: "createBooking",
  summary: "Create a booking",
  description:
    "Creates a pending booking and answers with its reference. Browsers may call it only from the origins configured in PUBLIC_FORM_ORIGINS. Unknown keys are ignored; text is stored exactly as sent.",
  parameters: [
    {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "8–200 visible ASCII characters (a UUID is ideal). Repeating a key with the same body within 24 hours returns the booking made the first time instead of a new one; the same key with a different body is refused (422), and while the first request is still being processed (after waiting up to 2 seconds for it) it answers 409. A key older than 24 hours makes a new booking.",
      schema: { type: "string", minLength: 8, maxLength: 200 },
    },
  ],
  requestBody: namedZodSchema("CreateBookingBody", createBookingBodySchema, "input"),
  responses: {
    "201": {
      description:
        "Created (or, for a repeated Idempotency-Key, the booking made the first time; header Idempotent-Replayed: true).",
      headers: {
        Location: { schema: { type: "string" } },
        "Idempotent-Replayed": { schema: { type: "string", enum: ["true", "false"] } },
      },
      json: namedZodSchema("CreateBookingResponse", createBookingResponseSchema, "output"),
    },
    "400": errorResponse("Invalid JSON or invalid fields; `fields` names each one"),
    "403": errorResponse("A browser request from an origin that is not allowed"),
    "413": errorResponse(`The body is larger than ${CREATE_BOOKING_BODY_LIMIT_BYTES / 1024} KiB`),
    "409": errorResponse(
      "IDEMPOTENCY_KEY_IN_USE: a request with this Idempotency-Key is still being processed; retry after the Retry-After header",
    ),
    "415": errorResponse("The body is not JSON"),
    "422": errorResponse("IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used within 24 hours with a different body"),
    "429": errorResponse("Too many bookings from this address; see the Retry-After header"),
  },
});
