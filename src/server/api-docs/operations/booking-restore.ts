import { errorResponse, signedInErrors } from "../error-responses";
import { defineOperation, teamOnly } from "../operation";

/** POST /api/v1/bookings/{reference}/restore (src/app/api/v1/bookings/[reference]/restore/route.ts). */
export const restoreBookingOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/restore",
  operationId: "restoreBooking",
  summary: "Restore a deleted booking (admins, within 30 days)",
  security: teamOnly,
  responses: {
    "200": { description: "{ reference, version }" },
    ...signedInErrors,
    "404": errorResponse("No such deleted booking"),
    "409": errorResponse("Deleted more than 30 days ago"),
  },
});
