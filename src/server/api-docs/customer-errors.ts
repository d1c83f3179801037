import { errorResponse } from "./error-responses";

/** The team (or any account but a customer's) calling a signed-in customer's own route. */
export const notACustomer = errorResponse("Not a customer account, or a browser request from another site", {
  code: "FORBIDDEN",
  message: "Your role does not allow this",
});
