// The bookings table's filters, each declared once: URL keys and parsers, how it writes back, its
// label, whether it counts, and its API documentation. In URL order (saved views keep these
// links, so the order is part of the canonical form). A new filter is one entry here plus its
// condition in src/db/queries/booking-list.ts (FILTER_CONDITIONS).
import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { isoDateSchema } from "@/lib/iso-date-schema";
import { BOOKING_STATUSES, SERVICE_TYPES } from "@/lib/enum-values";
import { isUuid } from "@/lib/uuid";
import { listFilter } from "../list-query";
import { optionalParam, textParam } from "../url-params";

/** The longest text any of these filters reads (the search, a comma-separated list). */
const MAX_PARAM_LENGTH = 200;

/** A comma-separated list in the OpenAPI document: bounded text, as its parser reads it. */
const commaListSchema = { type: "string", maxLength: MAX_PARAM_LENGTH };

/** "a,b" → ["a", "b"]; empty parts dropped, duplicates removed; an unknown part names the parameter. */
function commaList<T extends string>(values: readonly T[], label: string) {
  return z
    .string()
    .max(MAX_PARAM_LENGTH, { error: `${label} must be at most ${MAX_PARAM_LENGTH} characters` })
    .transform((value, ctx): T[] => {
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

/** A country in the OpenAPI document: two letters (the parser trims and upper-cases them). */
const countryCodeSchema = { type: "string", minLength: 2, maxLength: 2, pattern: "^[A-Za-z]{2}$" };

const listValue = (values: readonly string[] | undefined) => (values?.length ? values.join(",") : undefined);

/** A from–to pair of days on one column; the end may not come before the start. */
function dateRange<const Name extends string, const From extends string, const To extends string>(
  name: Name,
  label: string,
  keys: { from: From; to: To },
  docs: { from: string; to: string },
  examples: { from: string; to: string },
) {
  const day = (key: string) => optionalParam(isoDateSchema(key));
  const dateDoc = (description: string, example: string) => ({
    description,
    schema: { type: "string", format: "date", maxLength: 10 },
    example,
  });
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
    openApi: {
      [keys.from]: dateDoc(docs.from, examples.from),
      [keys.to]: dateDoc(docs.to, examples.to),
    } as Record<From | To, ReturnType<typeof dateDoc>>,
  });
}

export const searchFilter = listFilter({
  name: "q",
  kind: "search",
  label: "Search",
  params: {
    q: optionalParam(textParam("q", { max: MAX_PARAM_LENGTH })).transform((value) => value?.trim() || undefined),
  },
  write: ({ q }) => ({ q }),
  openApi: {
    q: {
      description:
        "Search: reference (full or a prefix), customer name, email or phone, pet name, microchip. Every word must match; case and accents are ignored.",
      schema: { type: "string", maxLength: MAX_PARAM_LENGTH },
      example: "luna dubai",
    },
  },
});

export const statusFilter = listFilter({
  name: "status",
  kind: "filter",
  label: "Status",
  params: { status: optionalParam(commaList(BOOKING_STATUSES, "status")) },
  write: ({ status }) => ({ status: listValue(status) }),
  openApi: {
    status: {
      description: `Comma-separated statuses: ${BOOKING_STATUSES.join(", ")}`,
      schema: commaListSchema,
      example: "pending,confirmed",
    },
  },
});

export const createdFilter = dateRange(
  "created",
  "Created",
  { from: "createdFrom", to: "createdTo" },
  {
    from: "Created on or after this day (YYYY-MM-DD, in Dubai time)",
    to: "Created on or before this day (YYYY-MM-DD, in Dubai time)",
  },
  { from: "2026-01-01", to: "2026-01-31" },
);

export const travelFilter = dateRange(
  "travel",
  "Travel date",
  { from: "travelFrom", to: "travelTo" },
  { from: "Travel date on or after (YYYY-MM-DD)", to: "Travel date on or before (YYYY-MM-DD)" },
  { from: "2026-03-01", to: "2026-03-31" },
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
  openApi: {
    assignee: {
      description: '"me", "unassigned" or a team member\'s id',
      schema: {
        anyOf: [
          { type: "string", enum: ["me", "unassigned"] },
          { type: "string", format: "uuid", maxLength: 36 },
        ],
      },
      example: "me",
    },
  },
});

export const originFilter = listFilter({
  name: "origin",
  kind: "filter",
  label: "Origin",
  params: { origin: optionalParam(countryParam("origin")) },
  write: ({ origin }) => ({ origin }),
  openApi: { origin: { description: "Origin country (ISO 3166-1 alpha-2)", schema: countryCodeSchema, example: "AE" } },
});

export const destinationFilter = listFilter({
  name: "destination",
  kind: "filter",
  label: "Destination",
  params: { destination: optionalParam(countryParam("destination")) },
  write: ({ destination }) => ({ destination }),
  openApi: {
    destination: { description: "Destination country (ISO 3166-1 alpha-2)", schema: countryCodeSchema, example: "GB" },
  },
});

export const serviceFilter = listFilter({
  name: "service",
  kind: "filter",
  label: "Service",
  params: { service: optionalParam(commaList(SERVICE_TYPES, "service")) },
  write: ({ service }) => ({ service: listValue(service) }),
  openApi: {
    service: {
      description: `Comma-separated service types: ${SERVICE_TYPES.join(", ")}`,
      schema: commaListSchema,
      example: "export_from_uae",
    },
  },
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
      example: "false",
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
