// The bookings table's state: the same parameters in the /admin URL, GET /api/v1/bookings and
// GET /api/v1/bookings/export, built from the filters declared once in list-filters.ts. Pure zod:
// the table's client code parses and writes it too.
import { z } from "zod";
import { defineListQuery, type ListQueryOptions, type SortOf } from "../list-query";
import { BOOKING_LIST_FILTERS } from "./list-filters";

export const SORT_FIELDS = ["reference", "createdAt", "updatedAt", "travelDate", "customerName", "status"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = SortOf<SortField>;

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const BOOKING_LIST_OPTIONS = {
  sortFields: SORT_FIELDS,
  defaultSort: { field: "createdAt", direction: "desc" },
  paging: { defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE },
} as const satisfies ListQueryOptions<SortField>;

export const bookingList = defineListQuery(BOOKING_LIST_FILTERS, BOOKING_LIST_OPTIONS);

export const bookingListQuerySchema = bookingList.schema;
export type BookingListQuery = z.output<typeof bookingListQuerySchema>;
export type BookingListFilters = Omit<BookingListQuery, "sort" | "page" | "pageSize">;

/** The parameters the list understands; anything else in a URL (columns, a view id) is not the list's. */
export const LIST_PARAMS = bookingList.keys;

/** The list parameters of a URL query, ignoring the others; repeated keys keep the first value. */
export const listParamsOf = bookingList.paramsOf;

/** The canonical URL query of a list state: defaults left out, so equal views have equal links. */
export const listQueryToParams = bookingList.toParams;
