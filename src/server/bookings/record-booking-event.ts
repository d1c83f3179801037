import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/types";
import { validBookingEvent, type BookingEventBody } from "@/contracts/bookings/booking-events";
import { BOOKING_CHANGED_CHANNEL } from "@/server/live/booking-changes-channel";

/**
 * Appends one event to a booking's history inside the caller's transaction, validated against the
 * union first (the intake's single statement and the seed validate with the same validBookingEvent),
 * and notifies `booking_changed` with the booking's id in the same statement: PostgreSQL delivers it
 * only if the transaction commits, so open journeys (the portal's live stream) never see a rolled-back change.
 */
export async function recordBookingEvent(
  tx: Executor,
  { bookingId, actorId, ...event }: { bookingId: string; actorId: string | null } & BookingEventBody,
): Promise<void> {
  const { type, data } = validBookingEvent(event as BookingEventBody);
  await tx.execute(sql`
    with recorded as (
      insert into booking_events (booking_id, actor_id, type, data)
      values (${bookingId}, ${actorId}, ${type}, ${JSON.stringify(data)}::jsonb)
      returning booking_id)
    select pg_notify(${BOOKING_CHANGED_CHANNEL}, booking_id::text) from recorded`);
}
