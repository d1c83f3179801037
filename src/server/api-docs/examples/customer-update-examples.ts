import type { z } from "zod";
import type { customerUpdateSchema } from "@/contracts/journey/customer-update";

// The API document's examples of the updates for the customer: a photo of Luna before her flight, on the
// sample booking of booking-examples.ts. tests/unit/openapi-examples.test.ts holds each to its schema.

const TEXT = "Luna had her health check this morning and the vet is very happy with her.\nHer crate is ready.";
const PHOTO_ID = "5d2c8e1a-4f6b-4a97-8c3e-0b9d7f1a2e64";

export const customerUpdateBodyExample = (): z.input<typeof customerUpdateSchema> => ({
  text: TEXT,
  photoDocumentId: PHOTO_ID,
  notifyCustomer: true,
});

export const postedCustomerUpdateExample = {
  id: "9e4b7c2d-1f3a-4d8e-b6a5-2c7f0e9d1b38",
  at: "2027-03-10T08:15:00.000Z",
  text: TEXT,
  photo: { documentId: PHOTO_ID, name: "luna-health-check.jpg" },
};
