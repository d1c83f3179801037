import { changeStatusSchema } from "@/contracts/bookings/record-schemas";
import { ifMatchParameter } from "../booking-parameters";
import { errorResponse, signedInErrors } from "../error-responses";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";

/** POST /api/v1/bookings/{reference}/status (src/app/api/v1/bookings/[reference]/status/route.ts). */
export const changeBookingStatusOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/status",
  operationId: "changeBookingStatus",
  summary: "Move a booking along the workflow (staff and admins)",
  description:
    "pending → confirmed | cancelled; confirmed → in_progress | cancelled; in_progress → flight_booked | cancelled; flight_booked → completed | in_progress | cancelled; cancelled → pending (admins). flight_booked needs `flight` (airports as IATA codes, times ISO 8601 with offset). With notifyCustomer (default true) the customer's email for the new status is queued in the same transaction.",
  security: teamOnly,
  parameters: [ifMatchParameter],
  requestBody: namedZodSchema("ChangeStatusBody", changeStatusSchema, "input"),
  responses: {
    "200": { description: "{ reference, status, version, emailQueued }" },
    "400": errorResponse("Invalid fields, or flight_booked without flight details"),
    ...signedInErrors,
    "404": errorResponse("No such booking"),
    "409": errorResponse("A step the workflow does not allow from the current status"),
    "412": errorResponse("Changed since the If-Match version"),
  },
});
