import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { brand } from "@/config/brand";
import { insertBatch } from "@/db/seed/insert-batch";
import { petDetailsOf } from "@/db/seed/pet-details";
import { timeOrderedId } from "@/db/seed/ids";
import type { BookingRow, EventRow, PetRow } from "@/db/seed/rows";
import { arrayParam, queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { yearIn } from "@/lib/dates";
import { bookingSearchText } from "@/lib/search-text";
import { formatBookingReference } from "@/contracts/bookings/booking-reference";
import type { MappedBooking } from "./map-document";

export const IMPORT_SOURCE = "mongo";

/** A booking to write, with the original document's canonical text and checksum. */
export type NewImport = MappedBooking & { document: string; sha256: string };

/** The year whose sequence numbers the booking: its creation year on the company's calendar. */
export const yearOf = (booking: MappedBooking) => yearIn(brand.timeZone, booking.createdAt);

/**
 * Makes sure each year's reference sequence exists, outside any transaction: next_booking_number()
 * creates a missing one, and a sequence created inside a batch that rolls back would vanish with it.
 */
export async function ensureYearSequences(db: Executor, years: Iterable<number>): Promise<void> {
  for (const year of years) {
    if (!Number.isInteger(year)) throw new Error(`Not a year: ${year}`);
    // Keep in sync with next_booking_number() (migration 0001): one sequence per year, booking_number_<year>.
    await db.execute(sql.raw(`create sequence if not exists booking_number_${year}`));
  }
}

/**
 * Customers by lower(email), as intake matches them: one that exists keeps its details (intake's rule),
 * a new one is made from the first document that names the address. Returns the ids by lowered email,
 * and how many were made.
 */
async function customerIds(
  tx: Executor,
  imports: readonly NewImport[],
): Promise<{ ids: Map<string, string>; made: number }> {
  const firstByEmail = new Map<string, NewImport>();
  for (const item of imports) {
    const key = item.body.customer.email.toLowerCase();
    if (!firstByEmail.has(key)) firstByEmail.set(key, item);
  }
  const rows = JSON.stringify(
    [...firstByEmail.values()].map(({ body: { customer }, createdAt }) => ({
      id: randomUUID(),
      full_name: customer.name,
      email: customer.email,
      phone: customer.phone,
      whatsapp: customer.whatsapp ?? null,
      preferred_contact: customer.preferredContact,
      created_at: createdAt.toISOString(),
    })),
  );
  const found = await queryRows<{ email_key: string; id: string; made: boolean }>(
    tx,
    sql`
      with input as (
        select * from json_to_recordset(${rows}::json) as c(id uuid, full_name text, email text, phone text,
          whatsapp text, preferred_contact contact_method, created_at timestamptz)
      ), made as (
        insert into customers (id, full_name, email, phone, whatsapp, preferred_contact, created_at)
        select id, full_name, email, phone, whatsapp, preferred_contact, created_at from input
        on conflict ((lower(email))) do nothing
        returning id, lower(email) as email_key
      )
      select email_key, id, true as made from made
      union all
      select lower(c.email), c.id, false from customers c where lower(c.email) in (select lower(email) from input)`,
  );
  const ids = new Map(found.map((row) => [row.email_key, row.id]));
  // A customer committed by intake while this statement ran is in neither half of it: read again.
  const missing = [...firstByEmail.keys()].filter((key) => !ids.has(key));
  if (missing.length > 0) {
    const late = await queryRows<{ email_key: string; id: string }>(
      tx,
      sql`select lower(email) as email_key, id from customers where lower(email) = any(${arrayParam(missing, "text")})`,
    );
    for (const row of late) ids.set(row.email_key, row.id);
  }
  return { ids, made: found.filter((row) => row.made).length };
}

/** References from each year's sequence, handed out in created order within the batch. */
async function references(tx: Executor, imports: readonly NewImport[]): Promise<Map<NewImport, string>> {
  const years = imports.map(yearOf);
  const drawn = await queryRows<{ year: number; number: string }>(
    tx,
    sql`select y as year, next_booking_number(y)::text as number
        from unnest(${`{${years.join(",")}}`}::int[]) as t(y)`,
  );
  const numbersByYear = new Map<number, number[]>();
  for (const row of drawn) {
    const list = numbersByYear.get(row.year) ?? [];
    list.push(Number(row.number));
    numbersByYear.set(row.year, list);
  }
  for (const list of numbersByYear.values()) list.sort((a, b) => a - b);
  const byCreated = [...imports].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const result = new Map<NewImport, string>();
  for (const item of byCreated) {
    const year = yearOf(item);
    result.set(item, formatBookingReference(year, numbersByYear.get(year)!.shift()!));
  }
  return result;
}

/**
 * Writes one batch of new imported bookings inside the caller's transaction: customers (matched by
 * email), references, then bookings, pets and `created` events in the seed's one statement
 * (insertBatch), then their booking_imports rows. No outbox rows: an import emails nobody.
 */
export async function writeImportBatch(
  tx: Executor,
  imports: readonly NewImport[],
  runId: string,
): Promise<{ customersCreated: number }> {
  if (imports.length === 0) return { customersCreated: 0 };
  const customers = await customerIds(tx, imports);
  const referenceOf = await references(tx, imports);
  const now = new Date().toISOString();
  const bookings: BookingRow[] = [];
  const pets: PetRow[] = [];
  const events: EventRow[] = [];
  const origins: { booking_id: string; source_id: string; document: string; document_sha256: string }[] = [];
  for (const item of imports) {
    const { body } = item;
    const id = timeOrderedId(item.createdAt.getTime());
    const reference = referenceOf.get(item)!;
    const createdAt = item.createdAt.toISOString();
    bookings.push({
      id,
      reference,
      customer_id: customers.ids.get(body.customer.email.toLowerCase())!,
      status: item.status,
      service_type: item.serviceType,
      source: "import",
      origin_country: body.route.originCountry,
      origin_city: body.route.originCity,
      destination_country: body.route.destinationCountry,
      destination_city: body.route.destinationCity,
      travel_date: body.route.travelDate,
      special_requests: body.specialRequests ?? null,
      consent_at: item.consentAt.toISOString(),
      flight: null,
      version: 1,
      search_text: bookingSearchText({
        reference,
        customerName: body.customer.name,
        email: body.customer.email,
        phone: body.customer.phone,
        whatsapp: body.customer.whatsapp,
        pets: body.pets,
        importedId: item.sourceId,
      }),
      created_at: createdAt,
      updated_at: now,
    });
    body.pets.forEach((pet, position) =>
      pets.push({
        id: timeOrderedId(item.createdAt.getTime()),
        booking_id: id,
        position,
        ...petDetailsOf(pet),
        created_at: createdAt,
      }),
    );
    events.push({
      booking_id: id,
      created_at: createdAt,
      type: "created",
      data: { source: "import", sourceId: item.sourceId, runId },
    });
    origins.push({ booking_id: id, source_id: item.sourceId, document: item.document, document_sha256: item.sha256 });
  }
  await insertBatch(tx, { customers: [], bookings, pets, events });
  await tx.execute(sql`
    insert into booking_imports (booking_id, source, source_id, document, document_sha256, run_id)
    select booking_id, ${IMPORT_SOURCE}, source_id, document, document_sha256, ${runId}::uuid
    from json_to_recordset(${JSON.stringify(origins)}::json)
      as o(booking_id uuid, source_id text, document text, document_sha256 text)`);
  return { customersCreated: customers.made };
}
