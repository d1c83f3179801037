import "server-only";
import { countBookings, sumCounts } from "@/db/queries/booking-counts";
import type { Executor } from "@/db/types";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import type { Actor } from "@/server/access/actor";
import { countTable, filtersBesideStatus, type TableCounts } from "./booking-summary";
import { authorizeBookingList, selectPageRows, toBookingListPage } from "./find-bookings";
import { resolveFilterSql } from "./list-filters";
import type { BookingListPage } from "@/contracts/bookings/list-item";
import type { BookingListQuery } from "@/contracts/bookings/list-query";

/**
 * What the /admin page shows of a view: one page of rows (as findBookings, the API's use case), the
 * status filter's per-status counts and the summary cards, running side by side. On a view filtered by
 * status alone the total is the sum of its statuses' counts, which the page makes anyway (each exact on
 * the status index up to its limit). Other views count their total as the API does: their per-status
 * counts combine filters that no one index answers, so they are estimated sooner than the total.
 */
export async function findBookingsTable({
  db,
  actor,
  query,
  now,
}: {
  db: Executor;
  actor: Actor | null;
  query: BookingListQuery;
  now?: Date;
}): Promise<TableCounts & { page: BookingListPage }> {
  const allowed = authorizeBookingList(actor, query);
  const filters = await resolveFilterSql(db, query, allowed);
  const statuses = query.status?.length ? query.status : BOOKING_STATUSES;
  const countsOwnTotal = filtersBesideStatus(query);
  const [rows, counts, ownTotal] = await Promise.all([
    selectPageRows(db, query, filters),
    countTable(db, { query, filters, now }),
    countsOwnTotal ? countBookings(db, filters) : undefined,
  ]);
  const total = ownTotal ?? sumCounts(statuses.map((status) => counts.statusCounts[status]));
  return { ...counts, page: toBookingListPage(query, rows, total) };
}
