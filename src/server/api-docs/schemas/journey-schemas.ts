import "server-only";
import { z } from "zod";
import type { CustomerContact } from "@/contracts/journey/contact";
import { JOURNEY_STEP_KEYS, type Journey, type PublicJourney } from "@/contracts/journey/journey";
import { BOOKING_STATUSES, CONTACT_METHODS, DOCUMENT_KINDS, PET_SPECIES } from "@/lib/enum-values";
import { namedZodSchema } from "../operation";
import { flightSchema } from "./booking-schemas";
import { dayStringSchema, referenceSchema, timestampSchema, uuidSchema } from "./common";
import { bookingDocument } from "./document-schemas";
import type { AsJson, Holds, Narrows, Same } from "./type-checks";

// What the customer's journey, contact and public tracking routes answer, for the OpenAPI document; the checks under
// each schema fail typecheck when the answer's type (src/contracts/journey) and its schema drift apart.

const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

const step = z.object({
  key: z.enum([...JOURNEY_STEP_KEYS, "cancelled"]),
  // "in the air" and "arrived" carry the flight's own times, with the airport's offset as stored.
  at: z.iso
    .datetime({ offset: true })
    .nullable()
    .meta({ description: "When the step was reached; null when not yet (or not recorded)" }),
  current: z.boolean().meta({ description: "Where the booking is now (exactly one step)" }),
});

const update = z.object({
  id: z.string().meta({ description: "The update's id (the team may withdraw it)" }),
  at: timestampSchema,
  text: z.string().meta({ description: "Plain text from the team: show it as text, never as HTML" }),
  photo: z
    .object({
      name: z.string(),
      url: z.url().meta({ description: "Valid for 5 minutes: never store it" }),
      thumbnailUrl: z.url().nullable(),
    })
    .optional(),
});

const pet = z.object({ id: uuidSchema, name: z.string(), species: z.enum(PET_SPECIES) });
const company = z.object({
  name: z.string(),
  email: z.email(),
  phone: z.string(),
  whatsapp: z.string(),
  hours: z.string(),
});

const journey = z.object({
  reference: referenceSchema,
  status: z.enum(BOOKING_STATUSES),
  version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({
    format: "int64",
    description: "Moves whenever anything the journey shows changes; the live stream announces it",
  }),
  steps: z
    .array(step)
    .meta({ description: "received → … → completed in order; a cancelled booking ends with cancelled" }),
  pets: z.array(pet),
  route: z.object({
    originCountry: countryCodeSchema,
    originCity: z.string(),
    destinationCountry: countryCodeSchema,
    destinationCity: z.string(),
  }),
  travelDate: dayStringSchema,
  flight: flightSchema.nullable(),
  flightTimeZones: z
    .object({
      departure: z
        .string()
        .nullable()
        .meta({ description: "IANA time zone of the departure airport", example: "Asia/Dubai" }),
      arrival: z
        .string()
        .nullable()
        .meta({ description: "IANA time zone of the arrival airport", example: "Europe/London" }),
    })
    .nullable()
    .meta({
      description:
        "The zones of the flight's airports, to name each time's clock (its offset is in the time); null without a flight, and a zone is null for an airport not in the table",
    }),
  updates: z.array(update).meta({ description: "Newest first; withdrawn updates are left out" }),
  documents: z.array(bookingDocument).meta({ description: "The booking's live documents, oldest first" }),
  missingDocuments: z
    .array(z.object({ kind: z.enum(DOCUMENT_KINDS), petId: uuidSchema, petName: z.string() }))
    .meta({ description: "Per pet, the owner's usual documents not yet received" }),
  contact: z.object({
    coordinator: z
      .string()
      .nullable()
      .meta({ description: "The assigned coordinator's first name; null while nobody is" }),
    company,
  }),
});
// Documents narrow: the view types contentType and status as plain strings, the document states them.
type _JourneyKeys = Holds<Narrows<z.output<typeof journey>, Journey>>;
type _JourneySteps = Holds<Same<z.output<typeof step>, Journey["steps"][number]>>;
type _JourneyUpdates = Holds<Same<z.output<typeof update>, Journey["updates"][number]>>;
type _JourneyRest = Holds<Same<Omit<z.output<typeof journey>, "documents">, Omit<Journey, "documents">>>;

export const journeySchema = namedZodSchema("Journey", journey, "output");

// The public journey (POST /api/v1/track, GET /api/v1/track/{reference}): the same journey without the
// customer's own parts; the customer's first name and the company's contact instead.
const publicJourney = journey.omit({ pets: true, documents: true, missingDocuments: true, contact: true }).extend({
  customerFirstName: z.string().meta({ description: "The first word of the customer's name; nothing else of them" }),
  pets: z.array(pet.omit({ id: true })),
  contact: z.object({ company }),
});
type _PublicJourney = Holds<Same<z.output<typeof publicJourney>, AsJson<PublicJourney>>>;

export const publicJourneySchema = namedZodSchema("PublicJourney", publicJourney, "output");

const contact = z.object({
  email: z.email().meta({ description: "The sign-in identity: it cannot be changed here" }),
  phone: z.string(),
  whatsapp: z.string().nullable(),
  preferredContact: z.enum(CONTACT_METHODS),
});
type _Contact = Holds<Same<z.output<typeof contact>, CustomerContact>>;

export const customerContactSchema = namedZodSchema("CustomerContact", contact, "output");
