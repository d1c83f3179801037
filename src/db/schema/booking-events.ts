import "server-only";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";

/** Append-only history of a booking: the source of its timeline. */
export const bookingEvents = pgTable(
  "booking_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    // created, status_changed, field_changed, note_added, assigned, email_queued, …
    type: text("type").notNull(),
    // Null for the public form, the API and the system.
    actorId: uuid("actor_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: a booking's timeline, newest first.
    index("booking_events_booking_idx").on(t.bookingId, t.createdAt.desc().nullsFirst()),
  ],
);

export type BookingEvent = typeof bookingEvents.$inferSelect;
