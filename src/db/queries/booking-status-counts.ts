import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../sql";
import type { Executor } from "../types";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import type { BookingStatus } from "@/lib/enum-values";
import { filteredBeside, type ListFilterSql } from "./booking-list";

export type LiveStatusCounts = Record<BookingStatus, number>;

/**
 * Live bookings per status from booking_status_counts, which triggers keep exact (migration 0015), as one
 * json object ({ "pending": 15309, … }): a statement that counts anyway carries it along (booking-counts.ts).
 */
export const liveStatusCountsSql = sql`(select coalesce(json_object_agg(status, bookings), '{}'::json)
  from (select status, sum(bookings) as bookings from booking_status_counts group by status) c)`;

/** The counts of liveStatusCountsSql (a driver may hand its json back unparsed); a status with none is 0. */
export function toLiveStatusCounts(value: unknown): LiveStatusCounts {
  const byStatus = (typeof value === "string" ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;
  return Object.fromEntries(
    BOOKING_STATUSES.map((status) => [status, Number(byStatus[status] ?? 0)]),
  ) as LiveStatusCounts;
}

/** Live bookings per status (see liveStatusCountsSql). */
export async function readLiveStatusCounts(db: Executor): Promise<LiveStatusCounts> {
  const [row] = await queryRows<{ counts: unknown }>(db, sql`select ${liveStatusCountsSql} as counts`);
  return toLiveStatusCounts(row?.counts);
}

/** Whether a view is the live bookings narrowed by status alone: the status counts answer it exactly. */
export function answeredByStatusCounts(filters: ListFilterSql): boolean {
  return !filters.deleted && !filteredBeside(filters, ["deleted", "status"]);
}

/** The live bookings in these statuses. */
export function sumStatusCounts(counts: LiveStatusCounts, statuses: readonly BookingStatus[] | "all"): number {
  return (statuses === "all" ? BOOKING_STATUSES : statuses).reduce((sum, status) => sum + counts[status], 0);
}
