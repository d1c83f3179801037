// PATCH /api/v1/me/contact and the portal's contact form: the details a customer corrects themselves.
// Not the email: it is how they sign in. Pure zod: the form validates with it too.
import { isValidPhoneNumber } from "libphonenumber-js/min";
import { z } from "zod";
import { CONTACT_METHODS } from "@/lib/enum-values";

const phoneText = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(32, { error: `${label} must be at most 32 characters` });

export const contactUpdateSchema = z
  .object({
    phone: phoneText("Phone number")
      .refine((value) => isValidPhoneNumber(value), {
        error: "Enter a valid phone number with its country code, such as +971 50 123 4567",
      })
      .optional(),
    // "" or null removes the WhatsApp number.
    whatsapp: phoneText("WhatsApp number")
      .nullable()
      .refine((value) => !value || isValidPhoneNumber(value), {
        error: "Enter a valid WhatsApp number with its country code, such as +971 50 123 4567",
      })
      .transform((value) => (value ? value : null))
      .optional(),
    preferredContact: z.enum(CONTACT_METHODS, { error: "Choose email, phone or WhatsApp" }).optional(),
  })
  .strict()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    error: "Give at least one of phone, whatsapp or preferredContact",
  });

export type ContactUpdate = z.output<typeof contactUpdateSchema>;
export type ContactUpdateInput = z.input<typeof contactUpdateSchema>;

/** The customer's contact details as the portal shows and edits them. */
export type CustomerContact = {
  email: string;
  phone: string;
  whatsapp: string | null;
  preferredContact: (typeof CONTACT_METHODS)[number];
};
