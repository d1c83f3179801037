// The table's links, written the one way the page reads them (defaults left out: table-view.ts).
import { DEFAULT_PAGE_SIZE, listQueryToParams, type BookingListQuery } from "@/contracts/bookings/list-query";
import { tableFilterCount, tableIsNarrowed, tableParams, tableWithoutFilters } from "@/contracts/bookings/table-view";
import type { ListCount } from "@/contracts/list-page";
import { COLUMNS_PARAM, columnsToParam, type BookingTableColumn } from "@/contracts/preferences/table-columns";

/** The URL query of a view: the page's parameters, and the columns when the view names them. */
export function viewParams(query: BookingListQuery, columns?: readonly BookingTableColumn[]): URLSearchParams {
  const params = tableParams(query);
  if (columns) params.set(COLUMNS_PARAM, columnsToParam(columns));
  return params;
}

export function tableHref(query: BookingListQuery, columns?: readonly BookingTableColumn[]): string {
  const params = viewParams(query, columns).toString();
  return params ? `/admin?${params}` : "/admin";
}

/** The CSV of every row the view shows (its statuses named, as the API reads them); paging left out. */
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

/** Whether any filter (search included) narrows the view beyond the table's default. */
export const hasFilters = tableIsNarrowed;

/** The number on the Filters button: the filters in use, not counting the search box. */
export const filterCount = tableFilterCount;

/** "Clear all": the table's default view, sort and page size kept. */
export const withoutFilters = tableWithoutFilters;
