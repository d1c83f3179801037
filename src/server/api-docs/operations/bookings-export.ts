import { bookingListParameters } from "../booking-list-parameters";
import { errorResponse, signedInErrors } from "../error-responses";
import { defineOperation, teamOnly } from "../operation";

/** GET /api/v1/bookings/export (src/app/api/v1/bookings/export/route.ts). */
export const exportBookingsOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/export",
  operationId: "exportBookings",
  summary: "Export a list view as CSV (staff and admins)",
  description:
    "Every booking the list parameters match (page and pageSize are ignored), in the list's order, streamed as UTF-8 CSV with a byte-order mark.",
  security: teamOnly,
  parameters: bookingListParameters(),
  responses: {
    "200": {
      description: "text/csv; charset=utf-8, as an attachment",
      content: { "text/csv": { schema: { type: "string" } } },
    },
    "400": errorResponse("A bad parameter; `fields` names each one"),
    ...signedInErrors,
  },
});
