import "server-only";
import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { BOOKING_STATUSES, CONTACT_METHODS, PET_SEXES, PET_SPECIES, SERVICE_TYPES } from "@/lib/enum-values";

// A dot path into a document: "customer.phone", "contact.0.email". Array elements by index.
const path = z
  .string()
  .trim()
  .min(1, { error: "A path cannot be empty" })
  .max(200)
  .regex(/^[^.\s]+(\.[^.\s]+)*$/, { error: 'A path is field names joined by dots, such as "customer.phone"' });

const optionalPath = path.nullable().optional();

/** Old value (compared lower-cased and trimmed) → our value. */
const valueMap = <T extends readonly [string, ...string[]]>(values: T) =>
  z.record(
    z.string().transform((key) => key.trim().toLowerCase()),
    z.enum(values),
  );

const petFields = z
  .object({
    name: path.default("name"),
    species: path.default("species"),
    breed: optionalPath.default("breed"),
    sex: optionalPath.default("sex"),
    birthDate: optionalPath.default("birthDate"),
    weight: optionalPath.default("weight"),
    microchip: optionalPath.default("microchip"),
    notes: optionalPath.default("notes"),
  })
  .strict();

/**
 * How a document of the old collection becomes a booking. Every field is optional in the file: what is
 * left out takes the default below, written for the common shape (docs/import.md shows both).
 */
export const importMappingSchema = z
  .object({
    customer: z
      .object({
        name: path.default("customer.name"),
        email: path.default("customer.email"),
        phone: path.default("customer.phone"),
        whatsapp: optionalPath.default("customer.whatsapp"),
        preferredContact: optionalPath.default(null),
      })
      .strict()
      .prefault({}),
    // The pets: an array of objects, or one object (a form that took a single pet).
    pets: z
      .object({ path: path.default("pets"), fields: petFields.prefault({}) })
      .strict()
      .prefault({}),
    origin: z
      .object({ country: path.default("origin.country"), city: path.default("origin.city") })
      .strict()
      .prefault({}),
    destination: z
      .object({ country: path.default("destination.country"), city: path.default("destination.city") })
      .strict()
      .prefault({}),
    travelDate: path.default("travelDate"),
    // Absent or empty in a document: the _id's timestamp (an ObjectId records when it was made).
    createdAt: path.default("createdAt"),
    status: optionalPath.default("status"),
    // Unlisted or missing statuses become pending.
    statusMap: valueMap(BOOKING_STATUSES).default({}),
    // Absent: derived from the route (from the UAE, to the UAE, within one country, else international).
    serviceType: optionalPath.default(null),
    serviceTypeMap: valueMap(SERVICE_TYPES).default({}),
    specialRequests: optionalPath.default("specialRequests"),
    // true, or a date (when the customer agreed). Documents without it need --assume-consent.
    consent: optionalPath.default("consent"),
    // Country names the built-in list does not know: "Dubai" → "AE" (names compare case- and dot-insensitively).
    countryAliases: z
      .record(z.string(), z.string().toUpperCase().refine(isCountryCode, { error: "Not an ISO 3166-1 alpha-2 code" }))
      .default({}),
    speciesMap: valueMap(PET_SPECIES).default({}),
    sexMap: valueMap(PET_SEXES).default({}),
    contactMap: valueMap(CONTACT_METHODS).default({}),
    // For numbers written without their country code ("050 123 4567"): where they are local numbers.
    defaultPhoneCountry: z
      .string()
      .toUpperCase()
      .refine(isCountryCode, { error: "Not an ISO 3166-1 alpha-2 code, such as AE" })
      .nullable()
      .default(null),
  })
  .strict();

export type ImportMapping = z.output<typeof importMappingSchema>;

/** The mapping for the common shape, used when no --mapping file is given. */
export const DEFAULT_IMPORT_MAPPING: ImportMapping = importMappingSchema.parse({});
