import "server-only";
import { z } from "zod";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import type { findOwnBookings } from "@/server/bookings/find-own-bookings";
import { namedZodSchema } from "../operation";
import { dayStringSchema, referenceSchema } from "./common";
import type { AsJson, Holds, Same } from "./type-checks";

// What GET /api/v1/me/bookings answers, for the OpenAPI document; the check fails typecheck when they drift.

const ownBooking = z.object({
  reference: referenceSchema,
  status: z.enum(BOOKING_STATUSES),
  originCity: z.string(),
  originCountry: z.string().regex(/^[A-Z]{2}$/),
  destinationCity: z.string(),
  destinationCountry: z.string().regex(/^[A-Z]{2}$/),
  travelDate: dayStringSchema,
  petNames: z.string().meta({ description: "The pets' names in the booking's order, comma-separated" }),
});
type _OwnBooking = Holds<
  Same<z.output<typeof ownBooking>, AsJson<Awaited<ReturnType<typeof findOwnBookings>>[number]>>
>;

export const ownBookingListSchema = namedZodSchema(
  "OwnBookingList",
  z.object({ items: z.array(ownBooking).meta({ description: "Newest first" }) }),
  "output",
);
