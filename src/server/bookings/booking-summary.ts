import "server-only";
import { brand } from "@/config/brand";
import { countBookingsEach, countBookingsEachWith, type Narrowing } from "@/db/queries/booking-counts";
import type { Together } from "@/db/sql";
import { usesTrigramSearch, type ListFilterSql } from "@/db/queries/booking-list";
import type { Executor } from "@/db/types";
import { todayIn } from "@/lib/dates";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import { bookingList, bookingListQuerySchema, type BookingListQuery } from "@/contracts/bookings/list-query";
import { ACTIVE_STATUSES, tableViewHref } from "@/contracts/bookings/table-view";
import type { BookingSummary, SummaryCard } from "@/contracts/bookings/booking-summary";
import type { BookingStatus } from "@/contracts/bookings/schemas";
import type { ListCount } from "@/contracts/list-page";

export type StatusCounts = Record<BookingStatus, ListCount>;
export type TableCounts = { summary: BookingSummary; statusCounts: StatusCounts };

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** One count per status, in BOOKING_STATUSES order. */
const EACH_STATUS: Narrowing[] = BOOKING_STATUSES.map((status) => ({ status: [status] }));

const byStatus = (counts: ListCount[]) =>
  Object.fromEntries(BOOKING_STATUSES.map((status, index) => [status, counts[index]!])) as StatusCounts;

/** Active bookings (still travelling) in the next 7 days, today included, in the company's time zone. */
function departingSoon(now: Date) {
  const base = bookingListQuerySchema.parse({});
  const from = todayIn(brand.timeZone, now);
  const to = addDays(from, 6);
  const query: BookingListQuery = {
    ...base,
    status: [...ACTIVE_STATUSES],
    travelFrom: from,
    travelTo: to,
    sort: { field: "travelDate", direction: "asc" },
  };
  return { query, from, to, narrowing: { status: query.status, travelFrom: from, travelTo: to } satisfies Narrowing };
}

/** The cards above the table from the live bookings' per-status counts and the departures' count. */
function toSummary(live: StatusCounts, departing: ListCount, soon: ReturnType<typeof departingSoon>): BookingSummary {
  const base = bookingListQuerySchema.parse({});
  const cards = Object.fromEntries(
    BOOKING_STATUSES.map((status) => [
      status,
      { count: live[status], href: tableViewHref({ ...base, status: [status] }) },
    ]),
  ) as Record<BookingStatus, SummaryCard>;
  return {
    byStatus: cards,
    departingSoon: { count: departing, href: tableViewHref(soon.query), from: soon.from, to: soon.to },
  };
}

/** Whether a view filters on anything but status: if not, its per-status counts are the summary cards' own. */
function filtersBesideStatus(query: BookingListQuery): boolean {
  return bookingList.activeFilters(query).some((filter) => filter.name !== "status");
}

/**
 * A fragment search narrowed by status: its per-status counts share one capped scan of the search without
 * the status, which would estimate the view's total sooner than findBookings does, so it is counted apart.
 */
export function countsTotalApart(query: BookingListQuery, filters: ListFilterSql): boolean {
  return Boolean(query.status?.length) && usesTrigramSearch(filters);
}

/**
 * Everything the table page counts besides its rows, each set of counts in one statement: the status
 * filter's count per status under the view's other filters, and the summary cards (live bookings per
 * status, departures in the next 7 days). On a view filtered by status alone (the default view
 * included) the cards' per-status counts are the status filter's own, so one statement counts both.
 * The view's own total rides along as one more count of the same statement (`total`), exactly as
 * findBookings counts it, unless countsTotalApart.
 * `filters` are the view's, resolved (resolveFilterSql), so they agree with its rows. Reads `alongside`
 * (togetherSql) ride along in the cards' statement, which every page runs (the departures are counted).
 */
export async function countTable(
  db: Executor,
  {
    query,
    filters,
    now = new Date(),
    alongside,
  }: { query: BookingListQuery; filters: ListFilterSql; now?: Date; alongside?: Together },
): Promise<TableCounts & { total?: ListCount; together?: unknown }> {
  const soon = departingSoon(now);
  const live: ListFilterSql = { deleted: false, viewerId: filters.viewerId };
  const withoutStatus: ListFilterSql = { ...filters, status: undefined };
  const viewNarrowing: Narrowing[] = countsTotalApart(query, filters) ? [] : [{ status: query.status }];
  const cardNarrowings = [...EACH_STATUS, soon.narrowing];
  if (!filtersBesideStatus(query)) {
    const { counts, together } = await countBookingsEachWith(db, live, [...cardNarrowings, ...viewNarrowing], {
      alongside,
    });
    const statusCounts = byStatus(counts);
    return {
      statusCounts,
      summary: toSummary(statusCounts, counts[EACH_STATUS.length]!, soon),
      total: counts[cardNarrowings.length],
      together,
    };
  }
  const [underFilters, { counts: cards, together }] = await Promise.all([
    countBookingsEach(db, withoutStatus, [...EACH_STATUS, ...viewNarrowing]),
    countBookingsEachWith(db, live, cardNarrowings, { alongside }),
  ]);
  return {
    statusCounts: byStatus(underFilters),
    summary: toSummary(byStatus(cards), cards[EACH_STATUS.length]!, soon),
    total: underFilters[EACH_STATUS.length],
    together,
  };
}
