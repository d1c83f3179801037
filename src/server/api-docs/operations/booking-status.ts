import { changeStatusSchema } from "@/contracts/bookings/record-schemas";
import { etagHeader, ifMatchParameter } from "../booking-parameters";
import { bookingNotFound, errorResponse, signedInErrors } from "../error-responses";
import { statusChangeExample, statusChangeResultExample } from "../examples/booking-examples";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";
import { statusChangeSchema } from "../schemas/booking-schemas";

/** POST /api/v1/bookings/{reference}/status (src/app/api/v1/bookings/[reference]/status/route.ts). */
export const changeBookingStatusOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/status",
  operationId: "changeBookingStatus",
  tag: "Bookings",
  summary: "Move a booking along the workflow (staff and admins)",
  description:
    "pending → confirmed | cancelled; confirmed → in_progress | cancelled; in_progress → flight_booked | cancelled; flight_booked → completed | in_progress | cancelled; cancelled → pending (admins). flight_booked needs `flight` (airports as IATA codes, times ISO 8601 with offset). With notifyCustomer (default true) the customer's email for the new status is queued in the same transaction.",
  security: teamOnly,
  parameters: [ifMatchParameter],
  requestBody: {
    schema: namedZodSchema("ChangeStatusBody", changeStatusSchema, "input"),
    example: statusChangeExample,
  },
  responses: {
    "200": {
      description: "{ reference, status, version, emailQueued }; header ETag",
      headers: etagHeader,
      json: statusChangeSchema,
      example: statusChangeResultExample,
    },
    "400": errorResponse("Invalid fields, or flight_booked without flight details", {
      code: "VALIDATION",
      message: "Enter the flight details to mark the booking flight booked",
      fields: { flight: "Flight details are required for flight booked" },
    }),
    ...signedInErrors,
    "404": bookingNotFound,
    "409": errorResponse("A step the workflow does not allow from the current status", {
      code: "CONFLICT",
      message: "A booking that is pending cannot move to flight booked",
      fields: { status: "A booking that is pending cannot move to flight booked" },
      details: { currentStatus: "pending" },
    }),
    "412": errorResponse("Changed since the If-Match version", {
      code: "PRECONDITION_FAILED",
      message:
        "Booking PP-2026-00042 was changed by someone else since you opened it (your version 3, now 4). Reload to see the changes.",
      fields: { version: "The booking is now at version 4" },
      details: { currentVersion: 4 },
    }),
  },
});
