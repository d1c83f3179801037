import { expect, type APIRequestContext } from "@playwright/test";
import { bookingBody, type BookingBody } from "../../src/testing/factories/booking-body";

/** Books through the public API and returns the reference. */
export async function postBooking(request: APIRequestContext, booking: BookingBody = bookingBody()): Promise<string> {
  const response = await request.post("/api/v1/bookings", { data: booking });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}
