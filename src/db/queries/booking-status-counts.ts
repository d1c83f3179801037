import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../sql";
import type { Executor } from "../types";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import type { BookingStatus } from "@/lib/enum-values";
import { filteredBeside, type ListFilterSql } from "./booking-list";

export type LiveStatusCounts = Record<BookingStatus, number>;

/** Live bookings per status from booking_status_counts, which triggers keep exact (migration 0015). */
export async function readLiveStatusCounts(db: Executor): Promise<LiveStatusCounts> {
  const rows = await queryRows<{ status: BookingStatus; bookings: string | number }>(
    db,
    sql`select status, sum(bookings) as bookings from booking_status_counts group by status`,
  );
  const counts = Object.fromEntries(BOOKING_STATUSES.map((status) => [status, 0])) as LiveStatusCounts;
  for (const row of rows) counts[row.status] = Number(row.bookings);
  return counts;
}

/** Whether a view is the live bookings narrowed by status alone: the status counts answer it exactly. */
export function answeredByStatusCounts(filters: ListFilterSql): boolean {
  return !filters.deleted && !filteredBeside(filters, ["deleted", "status"]);
}

/** The live bookings in these statuses. */
export function sumStatusCounts(counts: LiveStatusCounts, statuses: readonly BookingStatus[] | "all"): number {
  return (statuses === "all" ? BOOKING_STATUSES : statuses).reduce((sum, status) => sum + counts[status], 0);
}
