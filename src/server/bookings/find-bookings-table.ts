import "server-only";
import { countBookings } from "@/db/queries/booking-counts";
import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { countTable, countsTotalApart, type TableCounts } from "./booking-summary";
import { authorizeBookingList, selectPageRows, toBookingListPage } from "./find-bookings";
import { resolveFilterSql } from "./list-filters";
import type { BookingListPage } from "@/contracts/bookings/list-item";
import type { BookingListQuery } from "@/contracts/bookings/list-query";

/**
 * What the /admin page shows of a view: one page of rows (as findBookings, the API's use case), the
 * status filter's per-status counts and the summary cards, running side by side. The view's total is
 * counted in the statement that counts its statuses (countTable), the same count the API answers, or
 * beside it when countsTotalApart.
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
  const [rows, { total, ...counts }, totalApart] = await Promise.all([
    selectPageRows(db, query, filters),
    countTable(db, { query, filters, now }),
    countsTotalApart(query, filters) ? countBookings(db, filters) : undefined,
  ]);
  return { ...counts, page: toBookingListPage(query, rows, (totalApart ?? total)!) };
}
