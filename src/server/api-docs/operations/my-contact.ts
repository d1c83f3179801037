import { contactUpdateSchema } from "@/contracts/journey/contact";
import { notACustomer } from "../customer-errors";
import { errorResponse, signedInErrors } from "../error-responses";
import { contactUpdateExample, customerContactExample } from "../examples/journey-examples";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";
import { customerContactSchema } from "../schemas/journey-schemas";

/** PATCH /api/v1/me/contact (src/app/api/v1/me/contact/route.ts). */
export const updateMyContactOperation = defineOperation({
  method: "patch",
  path: "/api/v1/me/contact",
  operationId: "updateMyContact",
  tag: "Customer",
  summary: "Correct the signed-in customer's phone, WhatsApp or preferred contact",
  description:
    "Send only what changes: phone, whatsapp (\"\" or null removes it) and preferredContact. Numbers follow the booking form's rules (with their country code). The email cannot be changed here: it is how the customer signs in, and any other field is refused. Each of the customer's live bookings records what changed on its history; nothing is recorded when nothing changed. A browser on another site is refused.",
  security: teamOnly,
  requestBody: {
    schema: namedZodSchema("UpdateContactBody", contactUpdateSchema, "input"),
    example: contactUpdateExample,
  },
  responses: {
    "200": {
      description: "The customer's contact details after the change",
      json: customerContactSchema,
      example: customerContactExample,
    },
    "400": errorResponse("Invalid fields, or a field that cannot be changed here; `fields` names each one", {
      code: "VALIDATION",
      message: "Some details need attention",
      fields: { phone: "Enter a valid phone number with its country code, such as +971 50 123 4567" },
    }),
    "401": signedInErrors["401"],
    "403": notACustomer,
    "404": errorResponse("No customer record holds the account's email", {
      code: "NOT_FOUND",
      message: "We have no booking details for your account",
    }),
  },
});
