import { postedCustomerUpdateExample } from "./examples/customer-update-examples";
import type { ApiParameter } from "./operation";

/** The path parameter {id} of DELETE /api/v1/bookings/{reference}/updates/{id}. */
export const customerUpdateIdParameter: ApiParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The update's id, as posting it answered it; anything else is 404",
  schema: { type: "string", format: "uuid", minLength: 36, maxLength: 36 },
  example: postedCustomerUpdateExample.id,
};
