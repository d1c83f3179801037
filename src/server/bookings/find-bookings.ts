import "server-only";
import type { z } from "zod";
import { countBookings } from "@/db/queries/booking-counts";
import { selectBookingPage, type BookingListRow, type ListFilterSql } from "@/db/queries/booking-list";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { parseInput } from "../validation";
import { resolveFilterSql } from "./list-filters";
import type { BookingListItem, BookingListPage } from "@/contracts/bookings/list-item";
import { bookingList, type BookingListFilters, type BookingListQuery } from "@/contracts/bookings/list-query";
import { pageOffset, type ListCount } from "@/contracts/list-page";

/** Validates a list's parameters (URL or API) into its query; bad ones are a VALIDATION error naming them. */
export function parseListQuery<Query>(list: { schema: z.ZodType<Query> }, params: Record<string, string>): Query {
  return parseInput(list.schema, params, "Some list parameters are not valid");
}

export function parseBookingListQuery(params: Record<string, string>): BookingListQuery {
  return parseListQuery(bookingList, params);
}

/** Who may ask for this view: the team reads bookings; only admins see deleted ones. */
export function authorizeBookingList(actor: Actor | null, query: BookingListFilters): Actor {
  const allowed = requirePermission(actor, "bookings.read");
  if (query.deleted) requirePermission(actor, "bookings.delete");
  return allowed;
}

const isoTime = (value: Date | string) => new Date(value).toISOString();

export function toBookingListItem(row: BookingListRow): BookingListItem {
  const pets = typeof row.pets === "string" ? (JSON.parse(row.pets) as BookingListItem["pets"]) : row.pets;
  return {
    reference: row.reference,
    status: row.status,
    serviceType: row.service_type,
    customer: { name: row.customer_name, email: row.customer_email, phone: row.customer_phone },
    pets,
    route: {
      originCountry: row.origin_country,
      originCity: row.origin_city,
      destinationCountry: row.destination_country,
      destinationCity: row.destination_city,
    },
    travelDate: row.travel_date,
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? "" } : null,
    version: row.version,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    deletedAt: row.deleted_at ? isoTime(row.deleted_at) : null,
  };
}

/** The rows of the query's page, decorated (one statement). */
export function selectPageRows(
  db: Executor,
  query: BookingListQuery,
  filters: ListFilterSql,
): Promise<BookingListRow[]> {
  return selectBookingPage(db, { filters, sort: query.sort, limit: query.pageSize, offset: pageOffset(query) });
}

export function toBookingListPage(query: BookingListQuery, rows: BookingListRow[], count: ListCount): BookingListPage {
  return {
    items: rows.map(toBookingListItem),
    total: count.total,
    totalIsExact: count.exact,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One page of the bookings table: the filtered, sorted rows and how many match in all, counted alongside. */
export async function findBookings({
  db,
  actor,
  query,
}: {
  db: Executor;
  actor: Actor | null;
  query: BookingListQuery;
}): Promise<BookingListPage> {
  const allowed = authorizeBookingList(actor, query);
  const filters = await resolveFilterSql(db, query, allowed);
  const [rows, count] = await Promise.all([selectPageRows(db, query, filters), countBookings(db, filters)]);
  return toBookingListPage(query, rows, count);
}
