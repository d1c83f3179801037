import { customerUpdateSchema } from "@/contracts/journey/customer-update";
import { bookingNotFound, errorResponse, signedInErrors } from "../error-responses";
import { customerUpdateBodyExample, postedCustomerUpdateExample } from "../examples/customer-update-examples";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";
import { postedCustomerUpdateSchema } from "../schemas/customer-update-schemas";

// src/app/api/v1/bookings/[reference]/updates/route.ts

export const postCustomerUpdateOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/updates",
  operationId: "postCustomerUpdate",
  tag: "Bookings",
  summary: "Post an update for the customer (staff and admins)",
  description:
    "Shows on the customer's journey and the public tracking page, newest first. The optional photo is one of this booking's checked images (upload it as a document first); with notifyCustomer the customer is emailed the text, and told the photo is on their booking page (never attached). A customer gets 404.",
  security: teamOnly,
  requestBody: {
    schema: namedZodSchema("CustomerUpdateBody", customerUpdateSchema, "input"),
    example: customerUpdateBodyExample,
  },
  responses: {
    "201": { description: "The update", json: postedCustomerUpdateSchema, example: postedCustomerUpdateExample },
    "400": errorResponse("An empty or too long text, or a photo that is not a checked image of this booking", {
      code: "VALIDATION",
      message: "The photo cannot be used",
      fields: { photoDocumentId: "Choose a checked photo (JPEG, PNG, WebP or HEIC) of this booking" },
    }),
    ...signedInErrors,
    "404": bookingNotFound,
  },
});
