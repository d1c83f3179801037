import "server-only";
import { sql } from "drizzle-orm";
import { arrayParam, queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { trackUrl } from "@/server/tracking/track-token";

/**
 * The templates sent to a booking's customer: each shows a "Follow your booking" link. Names, not the
 * registry's type, so a template still being added (journey_update) can be listed here first.
 */
export const CUSTOMER_BOOKING_TEMPLATES: ReadonlySet<string> = new Set([
  "booking_received",
  "booking_confirmed",
  "booking_in_progress",
  "flight_booked",
  "booking_completed",
  "booking_cancelled",
  "journey_update",
]);

type OutboxMessage = { id: string; template: string; bookingId: string | null };

/**
 * The tracking link of each message in a batch that goes to a live booking's customer, by message id,
 * in one query. The outbox keeps no customer id, so the link is made when the email is rendered.
 */
export async function trackUrlsFor(db: Executor, messages: readonly OutboxMessage[]): Promise<Map<string, string>> {
  const bookingIds = [
    ...new Set(
      messages.flatMap((message) =>
        message.bookingId && CUSTOMER_BOOKING_TEMPLATES.has(message.template) ? [message.bookingId] : [],
      ),
    ),
  ];
  if (bookingIds.length === 0) return new Map();
  const rows = await queryRows<{ id: string; reference: string; customer_id: string }>(
    db,
    sql`select id, reference, customer_id from bookings
        where id = any(${arrayParam(bookingIds, "uuid")}) and deleted_at is null`,
  );
  const byBooking = new Map(rows.map((row) => [row.id, trackUrl(row.reference, row.customer_id)]));
  return new Map(
    messages.flatMap((message) => {
      const url =
        message.bookingId && CUSTOMER_BOOKING_TEMPLATES.has(message.template) && byBooking.get(message.bookingId);
      return url ? [[message.id, url] as const] : [];
    }),
  );
}

/** A template's data with the tracking link added (the data itself is left as stored). */
export function withTrackUrl(data: unknown, url: string | undefined): unknown {
  return url && data !== null && typeof data === "object" ? { ...data, trackUrl: url } : data;
}
