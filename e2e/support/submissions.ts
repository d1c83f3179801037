import { expect, type Page } from "@playwright/test";
import type { BookingBody } from "../../src/testing/factories/booking-body";

/** Records the body of every server-action POST the page sends (the form's submit). */
export function recordSubmits(page: Page): string[] {
  const bodies: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) bodies.push(request.postData() ?? "");
  });
  return bodies;
}

/**
 * Every submit must carry one and the same idempotency key; the database keeps one booking per key
 * (a unique index, with concurrent requests covered in tests/integration/create-booking.test.ts).
 * Replaying that key through the API must answer with the reference on screen.
 */
export async function expectOneBookingFor(page: Page, submitted: string[], booking: BookingBody, reference: string) {
  const keys = new Set(submitted.map((body) => /"idempotencyKey":"([^"]+)"/.exec(body)?.[1]));
  expect([...keys]).toHaveLength(1);
  const [key] = keys;
  expect(key).toBeTruthy();
  const replay = await page.request.post("/api/v1/bookings", { data: booking, headers: { "Idempotency-Key": key! } });
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect((await replay.json()).reference).toBe(reference);
}
