// The /admin page's reading of the list query. The page opens on the active bookings (what the team works
// on), so its URL leaves those statuses out and names the wider view instead: no `status` = active,
// `view=all` = every status. GET /api/v1/bookings keeps its own default (every status): integrators rely
// on it. Deleted bookings are looked at whole, so that scope's default stays every status.
// Pure: the page's server code reads a URL with it, the table's client code writes one.
import { z } from "zod";
import type { ListCount } from "../list-page";
import { optionalParam } from "../url-params";
import { bookingList, listQueryToParams, type BookingListQuery } from "./list-query";
import type { BookingStatus } from "./schemas";

/** Statuses still being worked on (not completed or cancelled): the table's default view. */
export const ACTIVE_STATUSES = [
  "pending",
  "confirmed",
  "in_progress",
  "flight_booked",
] as const satisfies readonly BookingStatus[];

/** The page's own parameter (not the API's): which statuses a URL without `status` shows. */
export const VIEW_PARAM = "view";
export const TABLE_VIEWS = ["active", "all"] as const;
export type TableView = (typeof TABLE_VIEWS)[number];

export const tableViewParamSchema = optionalParam(
  z.enum(TABLE_VIEWS, { error: `${VIEW_PARAM} must be active or all` }),
);

const sameStatuses = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && b.every((status) => a.includes(status));

/** The statuses the page shows when its URL names none. */
function defaultStatuses(query: Pick<BookingListQuery, "deleted">): BookingStatus[] | undefined {
  return query.deleted ? undefined : [...ACTIVE_STATUSES];
}

/** A parsed list query as the page shows it: without `status`, the statuses `view` names or the default. */
export function withTableView(query: BookingListQuery, view: TableView | undefined): BookingListQuery {
  if (query.status || view === "all") return query;
  return { ...query, status: view === "active" ? [...ACTIVE_STATUSES] : defaultStatuses(query) };
}

/**
 * The page's canonical URL query of a view (defaults left out, so equal views have equal links): the
 * list's parameters, the default statuses left out, and `view=all` when every status is shown.
 */
export function tableParams(query: BookingListQuery): URLSearchParams {
  const fallback = defaultStatuses(query);
  if (fallback && sameStatuses(query.status, fallback)) return listQueryToParams({ ...query, status: undefined });
  const params = listQueryToParams(query);
  if (fallback && !query.status) params.set(VIEW_PARAM, "all");
  return params;
}

export function tableViewHref(query: BookingListQuery): string {
  const params = tableParams(query).toString();
  return params ? `/admin?${params}` : "/admin";
}

/** The query without the page's default statuses, for what counts as narrowing it. */
const beyondDefault = (query: BookingListQuery): BookingListQuery => {
  const fallback = defaultStatuses(query);
  return fallback && sameStatuses(query.status, fallback) ? { ...query, status: undefined } : query;
};

/** The number on the Filters button: filters in use beyond the page's default (the search aside). */
export const tableFilterCount = (query: BookingListQuery) => bookingList.filterCount(beyondDefault(query));

/** Whether the search or a filter narrows the view beyond the page's default. */
export const tableIsNarrowed = (query: BookingListQuery) => bookingList.isNarrowed(beyondDefault(query));

/** "Clear all": back to the page's default view, keeping the scope (live or deleted), sort and page size. */
export function tableWithoutFilters(query: BookingListQuery): BookingListQuery {
  const cleared = bookingList.withoutFilters(query);
  return { ...cleared, status: defaultStatuses(cleared) };
}

/** The views one click away above the table: each a status set, the other filters kept. */
export const STATUS_VIEWS = [
  { id: "active", label: "Active", statuses: ACTIVE_STATUSES },
  { id: "completed", label: "Completed", statuses: ["completed"] },
  { id: "cancelled", label: "Cancelled", statuses: ["cancelled"] },
  { id: "all", label: "All", statuses: undefined },
] as const satisfies readonly { id: string; label: string; statuses: readonly BookingStatus[] | undefined }[];

export type StatusView = (typeof STATUS_VIEWS)[number];

/** Whether the view's statuses are exactly this status view's. */
export function isStatusView(query: BookingListQuery, view: StatusView): boolean {
  return view.statuses === undefined ? query.status === undefined : sameStatuses(query.status, view.statuses);
}

/** The same filters with this status view's statuses, from the first page. */
export function toStatusView(query: BookingListQuery, view: StatusView): BookingListQuery {
  return { ...query, status: view.statuses ? [...view.statuses] : undefined, page: 1 };
}

/** A status view's count from the per-status counts (each under the view's other filters). */
export function statusViewCount(counts: Record<BookingStatus, ListCount>, view: StatusView): ListCount {
  const statuses = view.statuses ?? (Object.keys(counts) as BookingStatus[]);
  return statuses.reduce<ListCount>(
    (sum, status) => ({ total: sum.total + counts[status].total, exact: sum.exact && counts[status].exact }),
    { total: 0, exact: true },
  );
}
