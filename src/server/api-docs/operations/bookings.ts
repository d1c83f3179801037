import { BOOKING_STATUSES, createBookingBodySchema, createBookingResponseSchema } from "@/contracts/bookings/schemas";
import { IDEMPOTENCY_KEY_PATTERN } from "@/server/bookings/idempotency";
import { bookingListParameters, pageParameters } from "../booking-list-parameters";
import { foreignOriginRefused, publicFormCors } from "../cors-headers";
import { errorResponse, retryAfterHeader, signedInErrors } from "../error-responses";
import { bookingListPageExample, createBookingExample, createdBookingExample } from "../examples/booking-examples";
import { defineOperation, namedZodSchema, publicAccess, teamOnly } from "../operation";
import { bookingListPageSchema } from "../schemas/booking-schemas";

/** The largest booking the intake reads; the route's body limit and the 413 below both use it. */
export const CREATE_BOOKING_BODY_LIMIT_BYTES = 64 * 1024;

/** GET /api/v1/bookings (src/app/api/v1/bookings/route.ts). */
export const listBookingsOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings",
  operationId: "listBookings",
  tag: "Bookings",
  summary: "List bookings (staff and admins)",
  description:
    "The bookings table: filters, search, sort and pages. `q` matches a whole microchip, email or phone number exactly, and fragments of reference, names, contacts and microchips otherwise. `total` is exact as far as an index answers (up to 50,000 matches for filters, 1,000 for a fragment search) and an estimate from a sample of the table past it (`totalIsExact: false`).",
  security: teamOnly,
  parameters: [...bookingListParameters(), ...pageParameters()],
  responses: {
    "200": {
      description: "One page: { items, total, totalIsExact, page, pageSize }",
      json: bookingListPageSchema,
      example: bookingListPageExample,
    },
    "400": errorResponse("A bad parameter; `fields` names each one", {
      code: "VALIDATION",
      message: "Some list parameters are not valid",
      fields: { status: `status must be one of: ${BOOKING_STATUSES.join(", ")} (not shipped)` },
    }),
    ...signedInErrors,
  },
});

/** POST /api/v1/bookings (src/app/api/v1/bookings/route.ts): the public intake. */
export const createBookingOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings",
  operationId: "createBooking",
  tag: "Bookings",
  summary: "Create a booking",
  description:
    "Creates a pending booking and answers with its reference. `documents` attaches checked uploads (POST /api/v1/uploads, then complete) made with this request's Idempotency-Key as their draftKey, in the same statement; the answer lists the ids attached. Browsers may call it only from the origins configured in PUBLIC_FORM_ORIGINS. Unknown keys are ignored; text is stored exactly as sent. Each address may create INTAKE_RATE_LIMIT_MAX bookings per INTAKE_RATE_LIMIT_WINDOW_SECONDS (30 per 10 minutes unless configured); past that it is answered 429 with Retry-After.",
  security: publicAccess,
  parameters: [
    {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "8–200 visible ASCII characters (a UUID is ideal). Repeating a key with the same body within 24 hours returns the booking made the first time instead of a new one; the same key with a different body is refused (422), and while the first request is still being processed (after waiting up to 2 seconds for it) it answers 409. A key older than 24 hours makes a new booking. Required when the body names documents: they are attached by the draftKey they were uploaded with, which is this key.",
      schema: { type: "string", minLength: 8, maxLength: 200, pattern: IDEMPOTENCY_KEY_PATTERN.source },
      example: "0b6f1c9e-5d7a-4a59-9a3e-8f0f2a1c7b11",
    },
  ],
  requestBody: {
    schema: namedZodSchema("CreateBookingBody", createBookingBodySchema, "input"),
    example: createBookingExample,
  },
  responses: {
    "201": {
      description:
        "Created (or, for a repeated Idempotency-Key, the booking made the first time; header Idempotent-Replayed: true).",
      headers: {
        Location: {
          description: "The booking's path in this API",
          schema: { type: "string", format: "uri-reference", maxLength: 64 },
        },
        "Idempotent-Replayed": {
          description: "true when a repeated Idempotency-Key returned the booking made the first time",
          schema: { type: "string", enum: ["true", "false"] },
        },
        ...publicFormCors,
      },
      json: namedZodSchema("CreateBookingResponse", createBookingResponseSchema, "output"),
      example: createdBookingExample,
    },
    "400": errorResponse(
      "Invalid JSON or invalid fields; `fields` names each one (`idempotencyKey` when documents are named without the Idempotency-Key header)",
      {
        code: "VALIDATION",
        message: "Some booking details need attention",
        fields: { "pets.0.name": "Enter the pet's name" },
      },
      publicFormCors,
    ),
    "403": foreignOriginRefused,
    "409": errorResponse(
      "IDEMPOTENCY_KEY_IN_USE: a request with this Idempotency-Key is still being processed; retry after the Retry-After header",
      {
        code: "IDEMPOTENCY_KEY_IN_USE",
        message:
          "A request with this Idempotency-Key is still being processed. Try again in a moment to get its answer.",
      },
      { "Retry-After": retryAfterHeader, ...publicFormCors },
    ),
    "413": errorResponse(
      `The body is larger than ${CREATE_BOOKING_BODY_LIMIT_BYTES / 1024} KiB`,
      {
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body must be at most ${CREATE_BOOKING_BODY_LIMIT_BYTES} bytes`,
      },
      publicFormCors,
    ),
    "415": errorResponse(
      "The body is not JSON",
      { code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as JSON with Content-Type: application/json" },
      publicFormCors,
    ),
    "422": errorResponse(
      "IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used within 24 hours with a different body",
      {
        code: "IDEMPOTENCY_KEY_REUSED",
        message:
          "This Idempotency-Key was already used for a booking with different details. Send a new key to make another booking.",
      },
      publicFormCors,
    ),
    "429": errorResponse(
      "Too many bookings from this address; see the Retry-After header",
      {
        code: "RATE_LIMITED",
        message: "Too many bookings from your network in a short time. Please try again later or contact us.",
      },
      { "Retry-After": retryAfterHeader, ...publicFormCors },
    ),
  },
});
