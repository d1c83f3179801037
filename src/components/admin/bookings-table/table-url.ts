// The table's links, written the one way the list query defines (defaults left out).
import {
  bookingList,
  DEFAULT_PAGE_SIZE,
  listQueryToParams,
  type BookingListQuery,
} from "@/contracts/bookings/list-query";
import type { ListCount } from "@/contracts/list-page";
import { COLUMNS_PARAM, columnsToParam, type BookingTableColumn } from "@/contracts/preferences/table-columns";

/** The URL query of a view: the list's parameters, and the columns when the view names them. */
export function viewParams(query: BookingListQuery, columns?: readonly BookingTableColumn[]): URLSearchParams {
  const params = listQueryToParams(query);
  if (columns) params.set(COLUMNS_PARAM, columnsToParam(columns));
  return params;
}

export function tableHref(query: BookingListQuery, columns?: readonly BookingTableColumn[]): string {
  const params = viewParams(query, columns).toString();
  return params ? `/admin?${params}` : "/admin";
}

/** The CSV of every row the filters match: the export ignores paging, so it is left out. */
export function exportHref(query: BookingListQuery): string {
  const params = listQueryToParams({ ...query, page: 1, pageSize: DEFAULT_PAGE_SIZE }).toString();
  return `/api/v1/bookings/export${params ? `?${params}` : ""}`;
}

const numberFormat = new Intl.NumberFormat("en-US");

/** "1,234", or "about 950,000" past the exact-count cap. */
export function formatCount(count: ListCount): string {
  return count.exact ? numberFormat.format(count.total) : `about ${numberFormat.format(count.total)}`;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Whether any filter (search included) narrows the view. */
export const hasFilters = bookingList.isNarrowed;

/** The number on the Filters button: the filters in use, not counting the search box. */
export const filterCount = bookingList.filterCount;

/** The same view with every filter removed; sort and page size stay. */
export const withoutFilters = bookingList.withoutFilters;
