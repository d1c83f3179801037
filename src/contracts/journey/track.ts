// POST /api/v1/track and the /track form: a booking's reference and the email it was made with.
// Pure zod: the form validates with it too.
import { z } from "zod";

/** Long enough for any reference someone might paste with spaces; whether it is one is the server's to say (404). */
const REFERENCE_INPUT_MAX_LENGTH = 64;

export const trackRequestSchema = z
  .object({
    reference: z
      .string({ error: "Enter your booking reference, such as PP-2026-00042" })
      .trim()
      .toUpperCase()
      .min(1, { error: "Enter your booking reference, such as PP-2026-00042" })
      .max(REFERENCE_INPUT_MAX_LENGTH, { error: "A booking reference looks like PP-2026-00042" })
      .meta({ examples: ["PP-2026-00042"] }),
    email: z
      .string({ error: "Enter the email address you booked with" })
      .trim()
      .max(254, { error: "Email must be at most 254 characters" })
      .pipe(z.email({ error: "Enter a valid email address, such as name@example.com" }))
      .meta({ format: "email", examples: ["sara@example.com"] }),
  })
  .strict();

export type TrackRequest = z.output<typeof trackRequestSchema>;
export type TrackRequestInput = z.input<typeof trackRequestSchema>;
