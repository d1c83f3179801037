import { errorResponse } from "../error-responses";
import { ownBookingsExample } from "../examples/booking-examples";
import { defineOperation, teamOnly } from "../operation";
import { ownBookingListSchema } from "../schemas/customer-schemas";

/** GET /api/v1/me/bookings (src/app/api/v1/me/bookings/route.ts). */
export const listMyBookingsOperation = defineOperation({
  method: "get",
  path: "/api/v1/me/bookings",
  operationId: "listMyBookings",
  tag: "Customer",
  summary: "The signed-in customer's own bookings",
  description: "Every booking made with the customer's email, newest first.",
  security: teamOnly,
  responses: {
    "200": { description: "{ items }", json: ownBookingListSchema, example: ownBookingsExample },
    "401": errorResponse("Not signed in", { code: "UNAUTHORIZED", message: "Sign in to continue" }),
    "403": errorResponse("Not a customer account", { code: "FORBIDDEN", message: "Your role does not allow this" }),
  },
});
