import { bookingPatchSchema } from "@/contracts/bookings/record-schemas";
import { etagHeader, ifMatchParameter } from "../booking-parameters";
import { bookingNotFound, errorResponse, malformedPathError, signedInErrors } from "../error-responses";
import { bookingExample, bookingPatchExample, patchedBookingExample } from "../examples/booking-examples";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";
import { bookingSchema } from "../schemas/booking-schemas";

// src/app/api/v1/bookings/[reference]/route.ts

export const getBookingOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/{reference}",
  operationId: "getBooking",
  tag: "Bookings",
  summary: "One booking (the team: any; a customer: their own)",
  description: "The booking with its ETag (its version). Another customer's booking is 404, never 403.",
  security: teamOnly,
  responses: {
    "200": {
      description: "The booking; header ETag",
      headers: etagHeader,
      json: bookingSchema,
      example: bookingExample,
    },
    "400": malformedPathError,
    "401": signedInErrors["401"],
    "404": bookingNotFound,
  },
});

const staleVersion = {
  code: "PRECONDITION_FAILED",
  message:
    "Someone else saved booking PP-2026-00042 after you opened it. Nothing was saved: review their changes, then apply yours again.",
  fields: { version: "The booking is now at version 4" },
  details: {
    currentVersion: 4,
    changesSince: [
      {
        type: "details_changed",
        actorId: "0b8e4a52-6f1d-4c36-9d57-2a1f8c3e9b70",
        data: {
          version: 4,
          changes: [{ field: "route.travelDate", label: "Travel date", from: "2027-03-14", to: "2027-03-21" }],
        },
        createdAt: "2026-11-26T07:40:12.000Z",
      },
    ],
  },
} as const;

export const updateBookingOperation = defineOperation({
  method: "patch",
  path: "/api/v1/bookings/{reference}",
  operationId: "updateBooking",
  tag: "Bookings",
  summary: "Edit a booking's details (admins)",
  description:
    "Send the parts to change: customer and route may name only the fields that change ({ customer: { phone } }); specialRequests; pets is the full new list (a pet with an id is edited and may name only its changed fields, one without an id is added, a missing one removed). The result is validated with the booking form's rules. The version you edited goes in If-Match or the body's `version`; a stale one is refused (412 with If-Match, 409 with the body) and nothing is saved.",
  security: teamOnly,
  parameters: [ifMatchParameter],
  requestBody: {
    schema: namedZodSchema("UpdateBookingBody", bookingPatchSchema, "input"),
    example: bookingPatchExample,
  },
  responses: {
    "200": {
      description: "The booking after the edit; header ETag",
      headers: etagHeader,
      json: bookingSchema,
      example: patchedBookingExample,
    },
    "400": errorResponse("Invalid fields; `fields` names each one", {
      code: "VALIDATION",
      message: "Some details need attention",
      fields: { "customer.phone": "Enter a valid phone number with its country code, such as +971 50 123 4567" },
    }),
    ...signedInErrors,
    "404": bookingNotFound,
    "409": errorResponse("Changed by someone else since `version`; `details.changesSince` lists their changes", {
      ...staleVersion,
      code: "CONFLICT",
    }),
    "412": errorResponse("Changed by someone else since the If-Match version", staleVersion),
    "428": errorResponse("No version given", {
      code: "PRECONDITION_REQUIRED",
      message: "Send the version you edited, in an If-Match header or a version field",
      fields: { version: "Required: the version of the booking you edited" },
    }),
  },
});

export const deleteBookingOperation = defineOperation({
  method: "delete",
  path: "/api/v1/bookings/{reference}",
  operationId: "deleteBooking",
  tag: "Bookings",
  summary: "Delete a booking (admins)",
  description: "The booking leaves the table and the customer's view; an admin can restore it for 30 days.",
  security: teamOnly,
  responses: {
    "204": { description: "Deleted" },
    "400": malformedPathError,
    ...signedInErrors,
    "404": bookingNotFound,
  },
});
