import "server-only";
import { bigint, primaryKey, pgTable, smallint } from "drizzle-orm/pg-core";
import { bookingStatus } from "./enums";

/**
 * How many live (not deleted) bookings each status has, kept exact by statement triggers on `bookings`
 * (migration 0014): the table's status counts and summary cards read a few rows here instead of
 * counting a million. A status's count is the sum of its slots; writers add to the slot of their
 * own connection, so concurrent bookings do not queue on one row.
 */
export const bookingStatusCounts = pgTable(
  "booking_status_counts",
  {
    status: bookingStatus("status").notNull(),
    slot: smallint("slot").notNull(),
    bookings: bigint("bookings", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.status, table.slot] })],
);
