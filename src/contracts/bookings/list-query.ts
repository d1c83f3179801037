// The bookings table's state: the same parameters in the /admin URL, GET /api/v1/bookings and
// GET /api/v1/bookings/export. Pure zod: the table's client code parses and writes it too.
import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { isoDateSchema } from "@/lib/dates";
import { BOOKING_STATUSES, SERVICE_TYPES } from "@/lib/enum-values";
import { isUuid } from "@/lib/uuid";

export const SORT_FIELDS = ["reference", "createdAt", "updatedAt", "travelDate", "customerName", "status"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = { field: SortField; direction: "asc" | "desc" };

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_SORT = "-createdAt";
const MAX_PAGE = 100_000;

/** The parameters the list understands; anything else in a URL (columns, a view id) is not the list's. */
export const LIST_PARAMS = [
  "q",
  "status",
  "createdFrom",
  "createdTo",
  "travelFrom",
  "travelTo",
  "assignee",
  "origin",
  "destination",
  "service",
  "deleted",
  "sort",
  "page",
  "pageSize",
] as const;

/** "a,b" → ["a", "b"]; empty parts dropped, duplicates removed; an unknown part names the parameter. */
function commaList<T extends string>(values: readonly T[], label: string) {
  return z.string().transform((value, ctx): T[] => {
    const parts = [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))];
    const unknown = parts.filter((part) => !(values as readonly string[]).includes(part));
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", message: `${label} must be one of: ${values.join(", ")} (not ${unknown.join(", ")})` });
      return z.NEVER;
    }
    return parts as T[];
  });
}

const countryParam = (label: string) =>
  z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => isCountryCode(value), { error: `${label} must be an ISO 3166-1 alpha-2 country code, such as AE` });

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { error: `${label} must be a whole number` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `${label} must be at least ${min}` }).max(max, { error: `${label} must be at most ${max}` }));

const sortParam = z
  .string()
  .transform((value, ctx): Sort => {
    const direction = value.startsWith("-") ? "desc" : "asc";
    const field = value.replace(/^[-+]/, "") as SortField;
    if (!SORT_FIELDS.includes(field)) {
      ctx.addIssue({ code: "custom", message: `sort must be one of ${SORT_FIELDS.join(", ")}, with "-" for descending (such as -createdAt)` });
      return z.NEVER;
    }
    return { field, direction };
  });

/** Blank parameters mean "not set", as an emptied filter field in a URL does. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const bookingListQuerySchema = z
  .object({
    q: optional(
      z
        .string()
        .max(200, { error: "q must be at most 200 characters" })
        .refine((value) => !value.includes("\u0000") && value.isWellFormed(), { error: "q contains an invalid character" }),
    ).transform((value) => value?.trim() || undefined),
    status: optional(commaList(BOOKING_STATUSES, "status")),
    createdFrom: optional(isoDateSchema("createdFrom")),
    createdTo: optional(isoDateSchema("createdTo")),
    travelFrom: optional(isoDateSchema("travelFrom")),
    travelTo: optional(isoDateSchema("travelTo")),
    // "me", "unassigned" or a team member's id.
    assignee: optional(
      z.string().refine((value) => value === "me" || value === "unassigned" || isUuid(value), {
        error: 'assignee must be "me", "unassigned" or a user id',
      }),
    ),
    origin: optional(countryParam("origin")),
    destination: optional(countryParam("destination")),
    service: optional(commaList(SERVICE_TYPES, "service")),
    // Deleted bookings (restorable for 30 days) instead of live ones; admins only.
    deleted: optional(z.enum(["true", "false"], { error: "deleted must be true or false" })).transform((value) => value === "true"),
    sort: optional(sortParam).transform((value) => value ?? { field: "createdAt" as const, direction: "desc" as const }),
    page: optional(wholeNumber("page", 1, MAX_PAGE)).transform((value) => value ?? 1),
    pageSize: optional(wholeNumber("pageSize", 1, MAX_PAGE_SIZE)).transform((value) => value ?? DEFAULT_PAGE_SIZE),
  })
  .superRefine((query, ctx) => {
    if (query.createdFrom && query.createdTo && query.createdFrom > query.createdTo)
      ctx.addIssue({ code: "custom", path: ["createdTo"], message: "createdTo must be on or after createdFrom" });
    if (query.travelFrom && query.travelTo && query.travelFrom > query.travelTo)
      ctx.addIssue({ code: "custom", path: ["travelTo"], message: "travelTo must be on or after travelFrom" });
  });

export type BookingListQuery = z.output<typeof bookingListQuerySchema>;
export type BookingListFilters = Omit<BookingListQuery, "sort" | "page" | "pageSize">;

/** The list parameters of a URL query, ignoring the others; repeated keys keep the first value. */
export function listParamsOf(searchParams: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of LIST_PARAMS) {
    const value = searchParams instanceof URLSearchParams ? searchParams.get(key) : searchParams[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== null) params[key] = first;
  }
  return params;
}

export function sortToParam(sort: Sort): string {
  return `${sort.direction === "desc" ? "-" : ""}${sort.field}`;
}

/** The canonical URL query of a list state: defaults left out, so equal views have equal links. */
export function listQueryToParams(query: BookingListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status?.length) params.set("status", query.status.join(","));
  if (query.createdFrom) params.set("createdFrom", query.createdFrom);
  if (query.createdTo) params.set("createdTo", query.createdTo);
  if (query.travelFrom) params.set("travelFrom", query.travelFrom);
  if (query.travelTo) params.set("travelTo", query.travelTo);
  if (query.assignee) params.set("assignee", query.assignee);
  if (query.origin) params.set("origin", query.origin);
  if (query.destination) params.set("destination", query.destination);
  if (query.service?.length) params.set("service", query.service.join(","));
  if (query.deleted) params.set("deleted", "true");
  const sort = sortToParam(query.sort);
  if (sort !== DEFAULT_SORT) params.set("sort", sort);
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params;
}
