import "server-only";
import { bookingEvents } from "@/db/schema";
import type { Executor } from "@/db/types";
import { validBookingEvent, type BookingEventBody } from "@/contracts/bookings/booking-events";

/**
 * Appends one event to a booking's history inside the caller's transaction, validated against the
 * union first (the intake's single statement and the seed validate with the same validBookingEvent).
 */
export async function recordBookingEvent(
  tx: Executor,
  { bookingId, actorId, ...event }: { bookingId: string; actorId: string | null } & BookingEventBody,
): Promise<void> {
  const { type, data } = validBookingEvent(event as BookingEventBody);
  await tx.insert(bookingEvents).values({ bookingId, actorId, type, data });
}
