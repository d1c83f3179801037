import { errorResponse, malformedPathError, signedInErrors } from "../error-responses";
import { defineOperation, teamOnly } from "../operation";

// src/app/api/v1/bookings/[reference]/updates/[id]/route.ts

export const withdrawCustomerUpdateOperation = defineOperation({
  method: "delete",
  path: "/api/v1/bookings/{reference}/updates/{id}",
  operationId: "withdrawCustomerUpdate",
  tag: "Bookings",
  summary: "Withdraw an update for the customer (admins)",
  description:
    "No journey or tracking page shows it any more; the booking's history keeps that it was posted and withdrawn. Staff get 403, a customer 404.",
  security: teamOnly,
  responses: {
    "204": { description: "Withdrawn" },
    "400": malformedPathError,
    ...signedInErrors,
    "404": errorResponse("No such booking, no such update on it, or it was already withdrawn", {
      code: "NOT_FOUND",
      message: "No such update for the customer, or it was already withdrawn",
    }),
  },
});
