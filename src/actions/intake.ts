"use server";

import { getConfig } from "@/config/env";
import { createBooking } from "@/server/bookings/create-booking";
import { AppError } from "@/server/errors";
import { action } from "@/web/action-client";

/** The public form's submit: same use case and rules as POST /api/v1/bookings. */
export const submitBooking = action(
  "submitBooking",
  async ({ db, ip }, input: { values: unknown; idempotencyKey: string; honeypot: string }) => {
    // Only a bot fills the hidden field: refused with a plain sentence, nothing stored.
    if (input.honeypot)
      throw new AppError("VALIDATION", "We could not accept this submission. Please contact us directly.");
    const config = getConfig();
    const created = await createBooking({
      db,
      body: input.values,
      source: "web_form",
      idempotencyKey: input.idempotencyKey,
      rateLimit: {
        clientIp: ip,
        max: config.INTAKE_RATE_LIMIT_MAX,
        windowSeconds: config.INTAKE_RATE_LIMIT_WINDOW_SECONDS,
      },
    }).catch((error: unknown) => {
      // The form's key is invisible to the person: say what happened in their terms.
      if (error instanceof AppError && error.code === "IDEMPOTENCY_KEY_REUSED")
        throw new AppError(
          "CONFLICT",
          "This form was already sent with different details, so we kept the first booking. Reload the page to make another booking, or contact us to change it.",
        );
      throw error;
    });
    return { data: { reference: created.reference } };
  },
);
