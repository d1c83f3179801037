// Inputs of the booking record: status changes, flight details, notes, assignment and edits.
// Pure zod, shared by the record page's forms, its server actions and the API.
import { z } from "zod";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import { isUuid } from "@/lib/uuid";
import { customerInputSchema, MAX_PETS, petInputSchema, routeInputSchema } from "./schemas";

// Each .max() below is far above any valid value (checked before trimming, with the field's own
// message): it bounds what is read and lets the OpenAPI document state a limit.
const iataAirport = (label: string) =>
  z
    .string({ error: `Enter the ${label} airport's IATA code` })
    .max(8, { error: `The ${label} airport must be a 3-letter IATA code, such as DXB` })
    .trim()
    .transform((value) => value.toUpperCase())
    .refine((value) => /^[A-Z]{3}$/.test(value), {
      error: `The ${label} airport must be a 3-letter IATA code, such as DXB`,
    });

const offsetTime = (label: string) => {
  const message = `The ${label} time must be ISO 8601 with its offset, such as 2027-03-14T02:35:00+04:00`;
  return z.iso.datetime({ offset: true, local: false, error: message }).max(40, { error: message });
};

export const flightDetailsSchema = z
  .object({
    airline: z
      .string({ error: "Enter the airline" })
      .trim()
      .min(1, { error: "Enter the airline" })
      .max(100, { error: "Airline must be at most 100 characters" }),
    flightNumber: z
      .string({ error: "Enter the flight number" })
      .max(16, { error: "Enter a flight number such as EK 1 or QR1017" })
      .trim()
      .transform((value) => value.toUpperCase())
      .refine((value) => /^[A-Z0-9]{2}\s?\d{1,4}[A-Z]?$/.test(value), {
        error: "Enter a flight number such as EK 1 or QR1017",
      }),
    departureAirport: iataAirport("departure"),
    departureTime: offsetTime("departure"),
    arrivalAirport: iataAirport("arrival"),
    arrivalTime: offsetTime("arrival"),
    airWaybill: z
      .string()
      .trim()
      .max(40, { error: "Air waybill must be at most 40 characters" })
      .nullish()
      .transform((value) => value || undefined),
  })
  .refine((flight) => Date.parse(flight.arrivalTime) > Date.parse(flight.departureTime), {
    path: ["arrivalTime"],
    error: "The arrival must be after the departure",
  });

export type FlightDetailsInput = z.output<typeof flightDetailsSchema>;

/** A version from a body or an If-Match header: a positive whole number. */
export const versionSchema = z.coerce
  .number({ error: "version must be a whole number" })
  .int({ error: "version must be a whole number" })
  .min(1, { error: "version must be a whole number" })
  .max(2_147_483_647, { error: "version is not a version of this booking" })
  .meta({ format: "int32" });

export const changeStatusSchema = z.object({
  status: z.enum(BOOKING_STATUSES, { error: `status must be one of: ${BOOKING_STATUSES.join(", ")}` }),
  flight: flightDetailsSchema.nullish().transform((value) => value ?? undefined),
  notifyCustomer: z
    .boolean({ error: "notifyCustomer must be true or false" })
    .nullish()
    .transform((value) => value ?? true),
  version: versionSchema.nullish().transform((value) => value ?? undefined),
});

export type ChangeStatusInput = z.input<typeof changeStatusSchema>;

/** Corrects the flight of a booking that is flight booked; may tell the customer again. */
export const updateFlightSchema = z.object({
  flight: flightDetailsSchema,
  version: versionSchema.nullish().transform((value) => value ?? undefined),
  notifyCustomer: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
});

export const MAX_NOTE_LENGTH = 5000;

export const noteBodySchema = z.object({
  body: z
    .string({ error: "Write the note" })
    .max(MAX_NOTE_LENGTH, { error: `A note is at most ${MAX_NOTE_LENGTH} characters` })
    .refine((value) => value.trim().length > 0, { error: "Write the note" })
    .refine((value) => !value.includes("\u0000") && value.isWellFormed(), {
      error: "The note contains an invalid character",
    }),
});

export const assignSchema = z.object({
  // A team member's id, or null to unassign.
  assigneeId: z
    .string()
    .refine((value) => isUuid(value), { error: "Choose a team member" })
    .nullable(),
});

/** An edited pet: with the id of an existing one, or without for a new one. */
/** A pet's id as the API takes it: a UUID (the length and format are for the OpenAPI document). */
const petIdSchema = z
  .string()
  .max(36, { error: "Unknown pet" })
  .refine((value) => isUuid(value), { error: "Unknown pet" })
  .meta({ format: "uuid" });

export const editedPetSchema = petInputSchema.extend({ id: petIdSchema.optional() });

/**
 * An edit of a booking's details. Every part is optional; the parts given replace the current
 * values (pets: the full new list; pets missing from it are removed).
 */
export const updateBookingSchema = z.object({
  version: versionSchema.nullish().transform((value) => value ?? undefined),
  customer: customerInputSchema.optional(),
  route: routeInputSchema.optional(),
  specialRequests: z
    .string()
    .max(5000, { error: "Special requests must be at most 5000 characters" })
    .refine((value) => !value.includes("\u0000") && value.isWellFormed(), {
      error: "Special requests contain an invalid character",
    })
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null)),
  pets: z
    .array(editedPetSchema)
    .min(1, { error: "A booking needs at least one pet" })
    .max(MAX_PETS, { error: `At most ${MAX_PETS} pets per booking` })
    .optional(),
});

export type UpdateBookingInput = z.input<typeof updateBookingSchema>;

/**
 * What PATCH /api/v1/bookings/{reference} takes: like updateBookingSchema, but each part may name only
 * the fields that change ({ customer: { phone } }); a pet with an id may name only its changed fields.
 * The server lays the parts over the booking as it is and validates the result with the booking
 * form's rules.
 */
const partOf = (label: string) => z.record(z.string(), z.unknown(), { error: `${label} must be an object` });

export const bookingPatchSchema = z.object({
  version: updateBookingSchema.shape.version,
  customer: partOf("customer").optional(),
  route: partOf("route").optional(),
  specialRequests: updateBookingSchema.shape.specialRequests,
  pets: z
    .array(z.looseObject({ id: petIdSchema.optional() }), { error: "pets must be a list" })
    .min(1, { error: "A booking needs at least one pet" })
    .max(MAX_PETS, { error: `At most ${MAX_PETS} pets per booking` })
    .optional(),
});
