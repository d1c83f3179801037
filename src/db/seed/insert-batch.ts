import "server-only";
import { sql } from "drizzle-orm";
import { validBookingEvent, type BookingEventBody } from "@/contracts/bookings/booking-events";
import type { Executor } from "../types";
import type { EventRow, SeedBatch } from "./rows";

/** Each event checked against the union, as every other writer does. */
const validEvents = (events: EventRow[]) =>
  events.map((row) => ({
    booking_id: row.booking_id,
    created_at: row.created_at,
    ...validBookingEvent({ type: row.type, data: row.data } as BookingEventBody),
  }));

/**
 * Writes one batch in one statement: four JSON parameters, however many rows. Foreign keys are
 * checked at the end of the statement, so customers, bookings, pets and events can go in together.
 */
export async function insertBatch(db: Executor, batch: SeedBatch): Promise<void> {
  await db.execute(sql`
    with new_customers as (
      insert into customers (id, full_name, email, phone, whatsapp, preferred_contact, created_at, updated_at)
      select * from json_to_recordset(${JSON.stringify(batch.customers)}::json) as c(
        id uuid, full_name text, email text, phone text, whatsapp text, preferred_contact contact_method,
        created_at timestamptz, updated_at timestamptz)
    ), new_bookings as (
      insert into bookings (id, reference, customer_id, status, service_type, source, origin_country, origin_city,
        destination_country, destination_city, travel_date, special_requests, consent_at, flight, version,
        search_text, created_at, updated_at)
      select * from json_to_recordset(${JSON.stringify(batch.bookings)}::json) as b(
        id uuid, reference text, customer_id uuid, status booking_status, service_type service_type,
        source booking_source, origin_country text, origin_city text, destination_country text,
        destination_city text, travel_date date, special_requests text, consent_at timestamptz, flight jsonb,
        version integer, search_text text, created_at timestamptz, updated_at timestamptz)
    ), new_pets as (
      insert into pets (id, booking_id, position, name, species, breed, sex, date_of_birth, weight_kg, microchip, notes,
        created_at)
      select * from json_to_recordset(${JSON.stringify(batch.pets)}::json) as p(
        id uuid, booking_id uuid, position smallint, name text, species pet_species, breed text, sex pet_sex,
        date_of_birth date, weight_kg numeric, microchip text, notes text, created_at timestamptz)
    ), new_events as (
      insert into booking_events (booking_id, type, data, created_at)
      select * from json_to_recordset(${JSON.stringify(validEvents(batch.events))}::json) as e(
        booking_id uuid, type text, data jsonb, created_at timestamptz)
    )
    select 1`);
}
