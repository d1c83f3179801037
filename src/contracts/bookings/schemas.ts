// The booking input contract, shared by the public form (client-side validation), the form's
// server action and POST /api/v1/bookings, and the source of the OpenAPI document.
// Pure zod: safe to import from client components.
import { isValidPhoneNumber } from "libphonenumber-js/min";
import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { CONTACT_METHODS, PET_SEXES, PET_SPECIES, SERVICE_TYPES } from "@/lib/enum-values";
import { earliestTodayOnEarth } from "@/lib/dates";
import { isoDateSchema } from "@/lib/iso-date-schema";
import { BOOKING_REFERENCE_MAX_LENGTH, BOOKING_REFERENCE_PATTERN } from "./booking-reference";
import { MAX_PETS } from "./booking-choices";

export { BOOKING_STATUSES, CONTACT_METHODS, PET_SEXES, PET_SPECIES, SERVICE_TYPES } from "@/lib/enum-values";
export type { BookingStatus, ServiceType } from "@/lib/enum-values";
export { BOOKING_STATUS_LABELS, MAX_PETS, SERVICE_TYPE_LABELS } from "./booking-choices";

/** Text PostgreSQL can store exactly as sent: no NUL characters, no lone UTF-16 surrogates. */
function storableText(label: string, max: number, whenMissing = `${label} must be text`) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : `${label} must be text`) })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .refine((value) => !value.includes("\u0000"), { error: `${label} contains an invalid character` })
    .refine((value) => value.isWellFormed(), { error: `${label} contains an invalid character` });
}

function requiredText(label: string, max: number, message = `Enter the ${label.toLowerCase()}`) {
  return storableText(label, max, message).refine((value) => value.trim().length > 0, { error: message });
}

/** Optional text: missing, null and "" (an empty form field) all mean "not given". */
function optionalText(label: string, max: number) {
  return storableText(label, max)
    .nullish()
    .transform((value) => (value ? value : undefined));
}

const phoneSchema = (label: string) =>
  requiredText(label, 32, `Enter the ${label.toLowerCase()} with its country code`)
    .refine((value) => isValidPhoneNumber(value), {
      error: `Enter a valid ${label.toLowerCase()} with its country code, such as +971 50 123 4567`,
    })
    .meta({ description: "International phone number with country code", examples: ["+971 50 123 4567"] });

const countrySchema = (label: string) => {
  const choose = `Choose the ${label.toLowerCase()}`;
  // The length and pattern only restate what isCountryCode holds, so the OpenAPI document states them.
  return z
    .string({ error: choose })
    .length(2, { error: choose })
    .regex(/^[A-Z]{2}$/, { error: choose })
    .refine((value) => isCountryCode(value), { error: choose })
    .meta({ description: "ISO 3166-1 alpha-2 country code", examples: ["AE", "GB"] });
};

/** An object's own error: what to add when it is missing, rather than zod's "expected object". */
const section = (whenMissing: string, label: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? whenMissing : `${label} must be an object`),
});

export const customerInputSchema = z.object(
  {
    name: requiredText("Full name", 200, "Enter your full name"),
    email: z
      .email({ error: "Enter a valid email address, such as name@example.com" })
      .max(254, { error: "Email must be at most 254 characters" }),
    phone: phoneSchema("Phone number"),
    whatsapp: optionalText("WhatsApp number", 32).refine((value) => !value || isValidPhoneNumber(value), {
      error: "Enter a valid WhatsApp number with its country code",
    }),
    preferredContact: z
      .enum(CONTACT_METHODS, { error: "Choose email, phone or WhatsApp" })
      .nullish()
      .transform((value) => value ?? "email"),
  },
  section("Enter the customer's name, email and phone", "Customer"),
);

export const routeInputSchema = z.object(
  {
    originCountry: countrySchema("Origin country"),
    originCity: requiredText("Origin city", 120),
    destinationCountry: countrySchema("Destination country"),
    destinationCity: requiredText("Destination city", 120),
    travelDate: isoDateSchema("Travel date")
      .refine((value) => value >= earliestTodayOnEarth(), {
        error: "Travel date cannot be in the past",
      })
      .meta({ description: "Preferred travel date, YYYY-MM-DD, not in the past", format: "date" }),
    serviceType: z.enum(SERVICE_TYPES, { error: "Choose a service type" }),
  },
  section("Enter the route: origin, destination, travel date and service", "Route"),
);

export const petInputSchema = z.object({
  name: requiredText("Pet name", 100, "Enter the pet's name"),
  species: z.enum(PET_SPECIES, { error: "Choose dog, cat or other" }),
  breed: optionalText("Breed", 100),
  sex: z
    .enum(PET_SEXES, { error: "Choose male, female or unknown" })
    .nullish()
    .transform((value) => value ?? undefined),
  dateOfBirth: isoDateSchema("Date of birth")
    .refine((value) => value <= new Date().toISOString().slice(0, 10), {
      error: "Date of birth cannot be in the future",
    })
    .nullish()
    .transform((value) => value ?? undefined),
  weightKg: z
    .number({ error: "Weight must be a number of kilograms" })
    .min(0.01, { error: "Weight must be at least 0.01 kg" })
    .max(150, { error: "Weight must be at most 150 kg" })
    .nullish()
    .transform((value) => value ?? undefined),
  microchip: optionalText("Microchip number", 32)
    .refine((value) => !value || /^\d{15}$/.test(value), {
      error: "A microchip number has exactly 15 digits",
    })
    .meta({ description: "ISO 11784 microchip: exactly 15 digits", examples: ["784098100123456"] }),
  notes: optionalText("Notes", 2000),
});

export const createBookingBodySchema = z.object({
  customer: customerInputSchema,
  route: routeInputSchema,
  pets: z
    .array(petInputSchema, { error: "Add at least one pet" })
    .min(1, { error: "Add at least one pet" })
    .max(MAX_PETS, { error: `At most ${MAX_PETS} pets per booking` }),
  specialRequests: optionalText("Special requests", 5000),
  // A uuid is 36 characters: the max adds no rule, it states the length in the OpenAPI document.
  documents: z
    .array(z.uuid({ error: "Not an upload id" }).max(36, { error: "Not an upload id" }), {
      error: "Documents must be a list of upload ids",
    })
    .max(200, { error: "At most 200 documents" })
    .optional()
    .meta({
      description:
        "Ids of checked uploads (POST /api/v1/uploads, then complete) made with this request's Idempotency-Key as their draftKey; the Idempotency-Key header is then required",
    }),
  consent: z
    .literal(true, { error: "You must agree to the privacy notice to book" })
    .meta({ description: "The customer agreed to the privacy notice; must be true" }),
});

export type CreateBookingBody = z.infer<typeof createBookingBodySchema>;
export type CreateBookingFormValues = z.input<typeof createBookingBodySchema>;

export const createBookingResponseSchema = z.object({
  reference: z
    .string()
    .max(BOOKING_REFERENCE_MAX_LENGTH)
    .regex(BOOKING_REFERENCE_PATTERN)
    .meta({ examples: ["PP-2026-00042"] }),
  status: z.literal("pending"),
  // Date.prototype.toISOString: always 24 characters.
  createdAt: z.iso.datetime().max(24),
  documents: z
    .array(z.uuid().max(36))
    .max(200)
    .optional()
    .meta({ description: "When the request named documents: the ids attached (ready uploads of the same draft key)" }),
});
