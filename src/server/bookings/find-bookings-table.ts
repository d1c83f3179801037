import "server-only";
import { countBookings } from "@/db/queries/booking-counts";
import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { countTable, countsTotalApart, type TableCounts } from "./booking-summary";
import { authorizeBookingList, selectPageRows, toBookingListPage } from "./find-bookings";
import { resolveFilterSql } from "./list-filters";
import { tablePageExtrasSql, toTablePageExtras, type TablePageExtras } from "./table-page-extras";
import type { BookingListPage } from "@/contracts/bookings/list-item";
import type { BookingListQuery } from "@/contracts/bookings/list-query";

/**
 * What the /admin page shows of a view: one page of rows (as findBookings, the API's use case), the
 * status filter's per-status counts and the summary cards, running side by side, and what the page shows
 * beside them (table-page-extras.ts: columns, saved views, team), read in the cards' statement. The
 * view's total is counted in the statement that counts its statuses (countTable), the same count the API
 * answers, or beside it when countsTotalApart.
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
}): Promise<TableCounts & TablePageExtras & { page: BookingListPage }> {
  const allowed = authorizeBookingList(actor, query);
  const filters = await resolveFilterSql(db, query, allowed);
  const [rows, { total, together, ...counts }, totalApart] = await Promise.all([
    selectPageRows(db, query, filters),
    countTable(db, { query, filters, now, alongside: tablePageExtrasSql(allowed) }),
    countsTotalApart(query, filters) ? countBookings(db, filters) : undefined,
  ]);
  return {
    ...counts,
    ...toTablePageExtras(allowed, together),
    page: toBookingListPage(query, rows, (totalApart ?? total)!),
  };
}
