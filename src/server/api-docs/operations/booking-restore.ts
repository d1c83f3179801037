import { errorResponse, malformedPathError, signedInErrors } from "../error-responses";
import { restoredBookingExample } from "../examples/booking-examples";
import { defineOperation, teamOnly } from "../operation";
import { restoredBookingSchema } from "../schemas/booking-schemas";

/** POST /api/v1/bookings/{reference}/restore (src/app/api/v1/bookings/[reference]/restore/route.ts). */
export const restoreBookingOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/restore",
  operationId: "restoreBooking",
  tag: "Bookings",
  summary: "Restore a deleted booking (admins, within 30 days)",
  description: "The booking returns to the table and the customer's view, with a new version.",
  security: teamOnly,
  responses: {
    "200": { description: "{ reference, version }", json: restoredBookingSchema, example: restoredBookingExample },
    "400": malformedPathError,
    ...signedInErrors,
    "404": errorResponse("No such deleted booking", {
      code: "NOT_FOUND",
      message: "No deleted booking PP-2026-00042",
    }),
    "409": errorResponse("Deleted more than 30 days ago", {
      code: "CONFLICT",
      message: "Booking PP-2026-00042 was deleted more than 30 days ago and can no longer be restored",
    }),
  },
});
