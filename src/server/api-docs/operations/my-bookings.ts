import { errorResponse } from "../error-responses";
import { defineOperation, teamOnly } from "../operation";

/** GET /api/v1/me/bookings (src/app/api/v1/me/bookings/route.ts). */
export const listMyBookingsOperation = defineOperation({
  method: "get",
  path: "/api/v1/me/bookings",
  operationId: "listMyBookings",
  summary: "The signed-in customer's own bookings",
  security: teamOnly,
  responses: {
    "200": { description: "{ items }" },
    "401": errorResponse("Not signed in"),
    "403": errorResponse("Not a customer account"),
  },
});
