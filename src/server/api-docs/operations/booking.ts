import { bookingPatchSchema } from "@/contracts/bookings/record-schemas";
import { ifMatchParameter } from "../booking-parameters";
import { errorResponse, signedInErrors } from "../error-responses";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";

// src/app/api/v1/bookings/[reference]/route.ts

export const getBookingOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/{reference}",
  operationId: "getBooking",
  summary: "One booking (the team: any; a customer: their own)",
  description: "The booking with its ETag (its version). Another customer's booking is 404, never 403.",
  security: teamOnly,
  responses: {
    "200": { description: "The booking; header ETag" },
    "401": errorResponse("Not signed in"),
    "404": errorResponse("No such booking"),
  },
});

export const updateBookingOperation = defineOperation({
  method: "patch",
  path: "/api/v1/bookings/{reference}",
  operationId: "updateBooking",
  summary: "Edit a booking's details (admins)",
  description:
    "Send the parts to change: customer and route may name only the fields that change ({ customer: { phone } }); specialRequests; pets is the full new list (a pet with an id is edited and may name only its changed fields, one without an id is added, a missing one removed). The result is validated with the booking form's rules. The version you edited goes in If-Match or the body's `version`; a stale one is refused (412 with If-Match, 409 with the body) and nothing is saved.",
  security: teamOnly,
  parameters: [ifMatchParameter],
  requestBody: namedZodSchema("UpdateBookingBody", bookingPatchSchema, "input"),
  responses: {
    "200": { description: "The booking after the edit; header ETag" },
    "400": errorResponse("Invalid fields; `fields` names each one"),
    ...signedInErrors,
    "404": errorResponse("No such booking"),
    "409": errorResponse("Changed by someone else since `version`; `details.changesSince` lists their changes"),
    "412": errorResponse("Changed by someone else since the If-Match version"),
    "428": errorResponse("No version given"),
  },
});

export const deleteBookingOperation = defineOperation({
  method: "delete",
  path: "/api/v1/bookings/{reference}",
  operationId: "deleteBooking",
  summary: "Delete a booking (admins)",
  description: "The booking leaves the table and the customer's view; an admin can restore it for 30 days.",
  security: teamOnly,
  responses: { "204": { description: "Deleted" }, ...signedInErrors, "404": errorResponse("No such booking") },
});
