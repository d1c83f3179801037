import { bookingListParameters } from "../booking-list-parameters";
import { errorResponse, signedInErrors } from "../error-responses";
import { bookingsCsvExample } from "../examples/booking-examples";
import { defineOperation, teamOnly } from "../operation";

/** GET /api/v1/bookings/export (src/app/api/v1/bookings/export/route.ts). */
export const exportBookingsOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/export",
  operationId: "exportBookings",
  tag: "Bookings",
  summary: "Export a list view as CSV (staff and admins)",
  description:
    "Every booking the list parameters match (page and pageSize are ignored), in the list's order, streamed as UTF-8 CSV with a byte-order mark.",
  security: teamOnly,
  parameters: bookingListParameters(),
  responses: {
    "200": {
      description: "text/csv; charset=utf-8, as an attachment",
      headers: {
        "Content-Disposition": {
          description: 'attachment; filename="bookings-<today in Dubai>.csv"',
          schema: {
            type: "string",
            maxLength: 64,
            pattern: '^attachment; filename="bookings-\\d{4}-\\d{2}-\\d{2}\\.csv"$',
          },
        },
      },
      // One line per booking: its length is the list's, so no maxLength (see .spectral.yaml).
      content: { "text/csv": { schema: { type: "string" } } },
      example: bookingsCsvExample,
    },
    "400": errorResponse("A bad parameter; `fields` names each one", {
      code: "VALIDATION",
      message: "Some list parameters are not valid",
      fields: { travelTo: "travelTo must be on or after travelFrom" },
    }),
    ...signedInErrors,
  },
});
