import "server-only";
import { z } from "zod";
import { JOURNEY_STEP_KEYS, type PublicJourney } from "@/contracts/journey/journey";
import { BOOKING_STATUSES, PET_SPECIES } from "@/lib/enum-values";
import { namedZodSchema } from "../operation";
import { flightSchema } from "./booking-schemas";
import { dayStringSchema, referenceSchema, timestampSchema, uuidSchema } from "./common";
import type { AsJson, Holds, Same } from "./type-checks";

// What POST /api/v1/track and GET /api/v1/track/{reference} answer, for the OpenAPI document; the check
// fails typecheck when the public journey and its schema drift apart.

const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

const journeyStep = z.object({
  key: z.enum([...JOURNEY_STEP_KEYS, "cancelled"]),
  at: timestampSchema.nullable().meta({ description: "When the step was reached; null while it is ahead" }),
  current: z.boolean(),
});

const journeyUpdate = z.object({
  id: uuidSchema,
  at: timestampSchema,
  text: z.string().meta({ description: "Plain text from the team: show it as text, never as HTML" }),
  photo: z
    .object({
      name: z.string(),
      url: z.string().meta({ description: "A short-lived link (5 minutes), made for this answer" }),
      thumbnailUrl: z.string().nullable(),
    })
    .optional(),
});

const publicJourney = z.object({
  reference: referenceSchema,
  status: z.enum(BOOKING_STATUSES),
  version: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ format: "int64", description: "Changes whenever anything shown here changes" }),
  customerFirstName: z.string().meta({ description: "The first word of the customer's name; nothing else of them" }),
  steps: z.array(journeyStep).meta({
    description:
      "received → confirmed → preparing → flight_booked → in_the_air → arrived → completed; a cancelled booking lists the steps it reached, then cancelled",
  }),
  pets: z.array(z.object({ name: z.string(), species: z.enum(PET_SPECIES) })),
  route: z.object({
    originCountry: countryCodeSchema,
    originCity: z.string(),
    destinationCountry: countryCodeSchema,
    destinationCity: z.string(),
  }),
  travelDate: dayStringSchema,
  flight: flightSchema.nullable().meta({ description: "Times in each airport's own offset, as stored" }),
  updates: z.array(journeyUpdate).meta({ description: "Newest first; withdrawn updates are left out" }),
  contact: z.object({
    company: z.object({
      name: z.string(),
      email: z.email(),
      phone: z.string(),
      whatsapp: z.string(),
      hours: z.string(),
    }),
  }),
});
type _PublicJourney = Holds<Same<z.output<typeof publicJourney>, AsJson<PublicJourney>>>;

export const publicJourneySchema = namedZodSchema("PublicJourney", publicJourney, "output");
