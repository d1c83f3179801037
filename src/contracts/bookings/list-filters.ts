// The bookings table's filters, each declared once: URL keys and parsers, how it writes back, its
// label, whether it counts, and its API documentation. In URL order (saved views keep these
// links, so the order is part of the canonical form). A new filter is one entry here plus its
// condition in src/db/queries/booking-list.ts (FILTER_CONDITIONS).
import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { isoDateSchema } from "@/lib/dates";
import { BOOKING_STATUSES, SERVICE_TYPES } from "@/lib/enum-values";
import { isUuid } from "@/lib/uuid";
import { listFilter } from "../list-query";
import { optionalParam, textParam } from "../url-params";

/** "a,b" → ["a", "b"]; empty parts dropped, duplicates removed; an unknown part names the parameter. */
function commaList<T extends string>(values: readonly T[], label: string) {
  return z.string().transform((value, ctx): T[] => {
    const parts = [
      ...new Set(
        value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = parts.filter((part) => !(values as readonly string[]).includes(part));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `${label} must be one of: ${values.join(", ")} (not ${unknown.join(", ")})`,
      });
      return z.NEVER;
    }
    return parts as T[];
  });
}

const countryParam = (label: string) =>
  z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => isCountryCode(value), {
      error: `${label} must be an ISO 3166-1 alpha-2 country code, such as AE`,
    });

const listValue = (values: readonly string[] | undefined) => (values?.length ? values.join(",") : undefined);

/** A from–to pair of days on one column; the end may not come before the start. */
function dateRange<const Name extends string, const From extends string, const To extends string>(
  name: Name,
  label: string,
  keys: { from: From; to: To },
  docs: { from: string; to: string },
) {
  const day = (key: string) => optionalParam(isoDateSchema(key));
  const dateDoc = (description: string) => ({ description, schema: { type: "string", format: "date" } });
  return listFilter({
    name,
    kind: "filter",
    label,
    params: { [keys.from]: day(keys.from), [keys.to]: day(keys.to) } as Record<From | To, ReturnType<typeof day>>,
    write: (values: Record<string, string | undefined>) =>
      ({ [keys.from]: values[keys.from], [keys.to]: values[keys.to] }) as Partial<Record<From | To, string>>,
    check: (values: Record<string, string | undefined>) => {
      const from = values[keys.from];
      const to = values[keys.to];
      return from && to && from > to
        ? { key: keys.to, message: `${keys.to} must be on or after ${keys.from}` }
        : undefined;
    },
    openApi: { [keys.from]: dateDoc(docs.from), [keys.to]: dateDoc(docs.to) } as Record<
      From | To,
      ReturnType<typeof dateDoc>
    >,
  });
}

export const searchFilter = listFilter({
  name: "q",
  kind: "search",
  label: "Search",
  params: {
    q: optionalParam(textParam("q", { max: 200 })).transform((value) => value?.trim() || undefined),
  },
  write: ({ q }) => ({ q }),
  openApi: {
    q: {
      description:
        "Search: reference (full or a prefix), customer name, email or phone, pet name, microchip. Every word must match; case and accents are ignored.",
    },
  },
});

export const statusFilter = listFilter({
  name: "status",
  kind: "filter",
  label: "Status",
  params: { status: optionalParam(commaList(BOOKING_STATUSES, "status")) },
  write: ({ status }) => ({ status: listValue(status) }),
  openApi: { status: { description: `Comma-separated statuses: ${BOOKING_STATUSES.join(", ")}` } },
});

export const createdFilter = dateRange(
  "created",
  "Created",
  { from: "createdFrom", to: "createdTo" },
  {
    from: "Created on or after this day (YYYY-MM-DD, in Dubai time)",
    to: "Created on or before this day (YYYY-MM-DD, in Dubai time)",
  },
);

export const travelFilter = dateRange(
  "travel",
  "Travel date",
  { from: "travelFrom", to: "travelTo" },
  { from: "Travel date on or after (YYYY-MM-DD)", to: "Travel date on or before (YYYY-MM-DD)" },
);

export const assigneeFilter = listFilter({
  name: "assignee",
  kind: "filter",
  label: "Assignee",
  // "me", "unassigned" or a team member's id.
  params: {
    assignee: optionalParam(
      z.string().refine((value) => value === "me" || value === "unassigned" || isUuid(value), {
        error: 'assignee must be "me", "unassigned" or a user id',
      }),
    ),
  },
  write: ({ assignee }) => ({ assignee }),
  openApi: { assignee: { description: '"me", "unassigned" or a team member\'s id' } },
});

export const originFilter = listFilter({
  name: "origin",
  kind: "filter",
  label: "Origin",
  params: { origin: optionalParam(countryParam("origin")) },
  write: ({ origin }) => ({ origin }),
  openApi: { origin: { description: "Origin country (ISO 3166-1 alpha-2)" } },
});

export const destinationFilter = listFilter({
  name: "destination",
  kind: "filter",
  label: "Destination",
  params: { destination: optionalParam(countryParam("destination")) },
  write: ({ destination }) => ({ destination }),
  openApi: { destination: { description: "Destination country (ISO 3166-1 alpha-2)" } },
});

export const serviceFilter = listFilter({
  name: "service",
  kind: "filter",
  label: "Service",
  params: { service: optionalParam(commaList(SERVICE_TYPES, "service")) },
  write: ({ service }) => ({ service: listValue(service) }),
  openApi: { service: { description: `Comma-separated service types: ${SERVICE_TYPES.join(", ")}` } },
});

export const deletedFilter = listFilter({
  name: "deleted",
  // Deleted bookings (restorable for 30 days) instead of live ones; admins only.
  kind: "scope",
  label: "Deleted bookings",
  params: {
    deleted: optionalParam(z.enum(["true", "false"], { error: "deleted must be true or false" })).transform(
      (value) => value === "true",
    ),
  },
  write: ({ deleted }) => ({ deleted: deleted ? "true" : undefined }),
  openApi: {
    deleted: {
      description: "true: deleted bookings (restorable for 30 days) instead of live ones; admins only",
      schema: { type: "string", enum: ["true", "false"] },
    },
  },
});

export const BOOKING_LIST_FILTERS = [
  searchFilter,
  statusFilter,
  createdFilter,
  travelFilter,
  assigneeFilter,
  originFilter,
  destinationFilter,
  serviceFilter,
  deletedFilter,
] as const;

export type BookingFilterName = (typeof BOOKING_LIST_FILTERS)[number]["name"];
