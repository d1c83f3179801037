import "server-only";
import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { BookingEventData, BookingEventType } from "@/contracts/bookings/booking-events";
import { bookings } from "./bookings";

/**
 * Append-only history of a booking: the source of its timeline. Each row is one event of the union in
 * src/contracts/bookings/booking-events.ts (type and data), validated by every writer.
 */
export const bookingEvents = pgTable(
  "booking_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    type: text("type").$type<BookingEventType>().notNull(),
    // Null for the public form, the API and the system.
    actorId: uuid("actor_id"),
    data: jsonb("data")
      .$type<BookingEventData>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: a booking's timeline, newest first.
    index("booking_events_booking_idx").on(t.bookingId, t.createdAt.desc().nullsFirst()),
  ],
);

export type BookingEvent = typeof bookingEvents.$inferSelect;
