import "server-only";
import { brand } from "@/config/brand";
import { countBookings } from "@/db/queries/booking-list";
import type { Executor } from "@/db/types";
import { todayIn } from "@/lib/dates";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import { requirePermission, type Actor } from "@/server/access/actor";
import { authorizeBookingList } from "./find-bookings";
import { toFilterSql } from "./list-filters";
import {
  bookingList,
  bookingListQuerySchema,
  listQueryToParams,
  type BookingListQuery,
} from "@/contracts/bookings/list-query";
import type { BookingSummary, SummaryCard } from "@/contracts/bookings/booking-summary";
import type { BookingStatus } from "@/contracts/bookings/schemas";
import type { ListCount } from "@/contracts/list-page";

/** Statuses still travelling: what "departures" means to the operations team. */
export const ACTIVE_STATUSES = [
  "pending",
  "confirmed",
  "in_progress",
  "flight_booked",
] as const satisfies readonly BookingStatus[];

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const hrefOf = (query: BookingListQuery) => {
  const params = listQueryToParams(query).toString();
  return params ? `/admin?${params}` : "/admin";
};

/**
 * The cards above the table: live bookings per status, and active bookings travelling in the next
 * 7 days (today included, in the company's time zone). Each links to the view it counts; counts
 * are exact up to 10,000 and estimated past it, like the table's.
 */
export async function getBookingSummary({
  db,
  actor,
  now = new Date(),
}: {
  db: Executor;
  actor: Actor | null;
  now?: Date;
}): Promise<BookingSummary> {
  requirePermission(actor, "bookings.read");
  const base = bookingListQuerySchema.parse({});
  const from = todayIn(brand.timeZone, now);
  const to = addDays(from, 6);
  const soon: BookingListQuery = {
    ...base,
    status: [...ACTIVE_STATUSES],
    travelFrom: from,
    travelTo: to,
    sort: { field: "travelDate", direction: "asc" },
  };
  const [departing, ...perStatus] = await Promise.all([
    countBookings(db, { deleted: false, status: soon.status, travelFrom: from, travelTo: to }),
    ...BOOKING_STATUSES.map((status) => countBookings(db, { deleted: false, status: [status] })),
  ]);
  const byStatus = Object.fromEntries(
    BOOKING_STATUSES.map((status, index) => [
      status,
      { count: perStatus[index]!, href: hrefOf({ ...base, status: [status] }) },
    ]),
  ) as Record<BookingStatus, SummaryCard>;
  return { byStatus, departingSoon: { count: departing!, href: hrefOf(soon), from, to } };
}

/** For the status filter: how many bookings each status would show with the other filters as they are. */
export async function getStatusCounts({
  db,
  actor,
  query,
}: {
  db: Executor;
  actor: Actor | null;
  query: BookingListQuery;
}): Promise<Record<BookingStatus, ListCount>> {
  const allowed = authorizeBookingList(actor, query);
  const filters = toFilterSql(query, allowed);
  const counts = await Promise.all(
    BOOKING_STATUSES.map((status) => countBookings(db, { ...filters, status: [status] })),
  );
  return Object.fromEntries(BOOKING_STATUSES.map((status, index) => [status, counts[index]!])) as Record<
    BookingStatus,
    ListCount
  >;
}

/** Whether a view filters on anything but status: if not, its per-status counts are the summary cards' own. */
function filtersBesideStatus(query: BookingListQuery): boolean {
  return bookingList.activeFilters(query).some((filter) => filter.name !== "status");
}

/**
 * Everything the table page counts: the summary cards and the status filter's counts. On a view
 * filtered by status alone (the default view included) both are the same six counts, made once.
 */
export async function getTableCounts({
  db,
  actor,
  query,
  now,
}: {
  db: Executor;
  actor: Actor | null;
  query: BookingListQuery;
  now?: Date;
}) {
  const [summary, statusCounts] = await Promise.all([
    getBookingSummary({ db, actor, now }),
    filtersBesideStatus(query) ? getStatusCounts({ db, actor, query }) : undefined,
  ]);
  const counts =
    statusCounts ??
    (Object.fromEntries(BOOKING_STATUSES.map((status) => [status, summary.byStatus[status].count])) as Record<
      BookingStatus,
      ListCount
    >);
  return { summary, statusCounts: counts };
}
