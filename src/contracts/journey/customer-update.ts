// The team's update for the customer (POST /api/v1/bookings/{reference}/updates and the record page's form).
// Pure zod: the form, its server action and the API share it.
import { z } from "zod";
import { isUuid } from "@/lib/uuid";

export const MAX_CUSTOMER_UPDATE_LENGTH = 1000;

/** The image types a photo of an update may have, as the upload's check decided them from its bytes. */
export const CUSTOMER_UPDATE_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];

export const customerUpdateSchema = z.object({
  // Counted before trimming, with the field's own message: it bounds what is read.
  text: z
    .string({ error: "Write the update for the customer" })
    .max(MAX_CUSTOMER_UPDATE_LENGTH, {
      error: `An update is at most ${MAX_CUSTOMER_UPDATE_LENGTH.toLocaleString("en")} characters`,
    })
    .refine((value) => !value.includes("\u0000") && value.isWellFormed(), {
      error: "The update contains an invalid character",
    })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { error: "Write the update for the customer" }),
  photoDocumentId: z
    .string({ error: "Choose a photo of this booking" })
    .max(36, { error: "Choose a photo of this booking" })
    .refine((value) => isUuid(value), { error: "Choose a photo of this booking" })
    .optional()
    .meta({ description: "A checked photo (JPEG, PNG, WebP or HEIC) among this booking's documents" }),
  notifyCustomer: z.boolean({ error: "Say whether to email the customer" }),
});

export type CustomerUpdateInput = z.input<typeof customerUpdateSchema>;

/** What posting answers: the update as the customer's journey shows it (`photo` names its document). */
export type PostedCustomerUpdate = {
  id: string;
  at: string;
  text: string;
  photo?: { documentId: string; name: string };
};
