import "server-only";
import type { z } from "zod";
import { isoDateSchema } from "@/lib/iso-date-schema";
import { createBookingBodySchema, routeInputSchema } from "@/contracts/bookings/schemas";

/**
 * The booking form's rules, with two differences an old booking needs: its travel date may be in the past,
 * and consent is decided apart (a mapped field or --assume-consent). Documents are not imported.
 */
export const importedBookingSchema = createBookingBodySchema.omit({ documents: true, consent: true }).extend({
  route: routeInputSchema.extend({
    travelDate: isoDateSchema("Travel date"),
  }),
});

export type ImportedBookingBody = z.output<typeof importedBookingSchema>;
