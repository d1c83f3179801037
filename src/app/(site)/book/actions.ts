"use server";

import { headers } from "next/headers";
import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { clientIp } from "@/web/http/client-ip";
import { createBooking } from "@/server/bookings/create-booking";
import { isAppError } from "@/server/errors";

export type SubmitBookingResult =
  | { ok: true; reference: string }
  | { ok: false; message: string; fields?: Record<string, string> };

/** The public form's submit: same use case and rules as POST /api/v1/bookings. */
export async function submitBooking(input: {
  values: unknown;
  idempotencyKey: string;
  honeypot: string;
}): Promise<SubmitBookingResult> {
  if (input.honeypot) {
    return { ok: false, message: "We could not accept this submission. Please contact us directly." };
  }
  const config = getConfig();
  try {
    const created = await createBooking({
      db: await getDb(),
      body: input.values,
      source: "web_form",
      idempotencyKey: input.idempotencyKey,
      rateLimit: {
        clientIp: clientIp(await headers()),
        max: config.INTAKE_RATE_LIMIT_MAX,
        windowSeconds: config.INTAKE_RATE_LIMIT_WINDOW_SECONDS,
      },
    });
    return { ok: true, reference: created.reference };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields };
    console.error("submitBooking failed", error);
    return { ok: false, message: "Something went wrong on our side. Your details are still here; please try again." };
  }
}
