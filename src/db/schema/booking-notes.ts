import "server-only";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bookings } from "./bookings";

/** The team's internal notes on a booking. Never shown to customers, in any page, API, export or email. */
export const bookingNotes = pgTable(
  "booking_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    // Plain text; line breaks are kept and shown as such.
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Why: a booking's notes, newest first.
  (t) => [index("booking_notes_booking_idx").on(t.bookingId, t.createdAt.desc().nullsFirst())],
);

export type BookingNote = typeof bookingNotes.$inferSelect;
