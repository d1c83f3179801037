import "server-only";
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { customers } from "./customers";
import { bookingSource, bookingStatus, serviceType } from "./enums";

export type FlightDetails = {
  airline: string;
  flightNumber: string;
  departureAirport: string;
  departureTime: string;
  arrivalAirport: string;
  arrivalTime: string;
  airWaybill?: string;
};

export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // PP-2026-00042: sequential per year, from a per-year sequence (see next_booking_number()).
    reference: text("reference").notNull().unique(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    status: bookingStatus("status").notNull().default("pending"),
    serviceType: serviceType("service_type").notNull(),
    source: bookingSource("source").notNull(),
    originCountry: text("origin_country").notNull(),
    originCity: text("origin_city").notNull(),
    destinationCountry: text("destination_country").notNull(),
    destinationCity: text("destination_city").notNull(),
    travelDate: date("travel_date", { mode: "string" }).notNull(),
    specialRequests: text("special_requests"),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    // The staff member responsible.
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    flight: jsonb("flight").$type<FlightDetails>(),
    // Optimistic concurrency: every update must match and bump it.
    version: integer("version").notNull().default(1),
    idempotencyKey: text("idempotency_key").unique(),
    // sha256 of the canonical JSON of the validated body sent with the key: the same key with other
    // details is refused instead of replayed. Null on bookings made before it was kept (those replay).
    idempotencyFingerprint: text("idempotency_fingerprint"),
    // Lower-cased, accent-free text of reference, customer, pets and microchips; written by the
    // server on every change so that one trigram index serves the admin search box.
    searchText: text("search_text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    // Why: the admin table's default view (newest first) and deep pages, live bookings only.
    index("bookings_created_idx")
      .on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: status filters and status tabs, newest first.
    index("bookings_status_created_idx")
      .on(t.status, t.createdAt.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: sorting by status descending, newest first within each status (the index above serves ascending).
    index("bookings_status_desc_created_idx")
      .on(t.status.desc().nullsFirst(), t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: the service filter alone; without it the capped count scanned ~100k rows (40 ms at 1M).
    index("bookings_service_created_idx")
      .on(t.serviceType, t.createdAt.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: "what flies this week" and sorting by travel date. Migration 0007 adds INCLUDE (status,
    // origin, destination, service, assignee) so counts combining a travel range with those filters
    // are index-only scans; drizzle-kit cannot express INCLUDE.
    index("bookings_travel_date_idx")
      .on(t.travelDate, t.id)
      .where(sql`${t.deletedAt} is null`),
    // Why: the assignee filter ("me", a colleague, unassigned).
    index("bookings_assignee_created_idx")
      .on(t.assigneeId, t.createdAt.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: sorting by last update ("what changed recently").
    index("bookings_updated_idx")
      .on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: the origin and destination country filters alone; a rare country would otherwise walk
    // the whole created-at index to fill a page.
    index("bookings_origin_created_idx")
      .on(t.originCountry, t.createdAt.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    index("bookings_destination_created_idx")
      .on(t.destinationCountry, t.createdAt.desc().nullsFirst())
      .where(sql`${t.deletedAt} is null`),
    // Why: the "Deleted" view (restore within 30 days) and the purge of expired ones; few rows.
    index("bookings_deleted_idx")
      .on(t.deletedAt.desc().nullsFirst())
      .where(sql`${t.deletedAt} is not null`),
    // Why: a customer's own bookings (portal) and the customer join.
    index("bookings_customer_idx").on(t.customerId),
    // Why: reference prefix search ("PP-2026-004"); the C.UTF-8 collation needs pattern ops.
    index("bookings_reference_pattern_idx").using("btree", sql`${t.reference} text_pattern_ops`),
    // Why: the one search box (name, email, phone, pet, microchip fragments) in tens of ms.
    index("bookings_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
