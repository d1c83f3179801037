import "server-only";
import { sql } from "drizzle-orm";
import { brand } from "@/config/brand";
import { getConfig } from "@/config/env";
import { arrayParam, queryRows } from "@/db/sql";
import { petDetailsOf } from "@/db/seed/pet-details";
import type { Executor } from "@/db/types";
import type { BookingEmailData } from "@/emails/types";
import { yearIn } from "@/lib/dates";
import type { BookingSource, DocumentChannel } from "@/lib/enum-values";
import { bookingSearchText } from "@/lib/search-text";
import { AppError } from "../errors";
import { rateLimitCounter, throwIfOverLimit } from "../rate-limit/consume-rate-limit";
import { parseInput } from "../validation";
import { setTimeout as sleep } from "node:timers/promises";
import {
  IDEMPOTENCY_KEY_PATTERN,
  IDEMPOTENCY_KEY_RETRY_MS,
  IDEMPOTENCY_KEY_WAIT_MS,
  assertSameBody,
  bodyFingerprint,
  idempotencyGate,
  idempotencyKeyInUse,
  idempotencyKeyTtl,
} from "./idempotency";
import { hashDraftKey } from "@/server/documents/document-limits";
import { placeAttachedDocuments } from "@/server/documents/place-document";
import { getStorage } from "@/server/storage/get-storage";
import { createBookingBodySchema, type CreateBookingBody } from "@/contracts/bookings/schemas";
import { validBookingEvent } from "@/contracts/bookings/booking-events";

export type CreateBookingOptions = {
  db: Executor;
  body: unknown;
  source: BookingSource;
  /**
   * Same key and body within 24 hours, same booking: a retried or double-submitted request creates nothing
   * new. The same key with another body is refused (IDEMPOTENCY_KEY_REUSED), and while its first request
   * is still being written (IDEMPOTENCY_KEY_IN_USE).
   */
  idempotencyKey?: string | null;
  /** Limits submissions per client IP; omitted for trusted callers (admin, import). */
  rateLimit?: { clientIp: string; max: number; windowSeconds: number };
};

export type CreatedBooking = {
  reference: string;
  status: "pending";
  createdAt: string;
  /** True when the idempotency key matched a booking made earlier. */
  replayed: boolean;
  /** When the request named documents: the ids attached (ready uploads made with the same draft key). */
  documents?: string[];
};

export async function createBooking(options: CreateBookingOptions): Promise<CreatedBooking> {
  const { db, source, rateLimit } = options;
  const idempotencyKey = options.idempotencyKey?.trim() || null;
  if (idempotencyKey && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    throw new AppError("VALIDATION", "The idempotency key must be 8 to 200 visible ASCII characters", {
      fields: { idempotencyKey: "Use 8 to 200 visible ASCII characters, such as a UUID" },
    });
  }
  const parsed = parseInput(createBookingBodySchema, options.body, "Some booking details need attention");
  // No documents and an empty list are the same request: a retry must replay either way.
  const { documents, ...withoutDocuments } = parsed;
  const body: CreateBookingBody = documents?.length ? parsed : withoutDocuments;
  const documentIds = [...new Set(documents ?? [])];
  if (documentIds.length > 0 && !idempotencyKey) {
    throw new AppError("VALIDATION", "Documents are attached by the draft key they were uploaded with", {
      fields: { idempotencyKey: "Send the Idempotency-Key header with the draftKey the documents were uploaded with" },
    });
  }

  const fingerprint = idempotencyKey ? bodyFingerprint(body) : null;

  const earlier = await replayOrCountAttempt(db, idempotencyKey, rateLimit);
  if (earlier) return withDocuments(db, replay(earlier, fingerprint), documentIds);

  const inserted = await whenKeyIsFree(() =>
    insertBookingGraph(db, body, source, idempotencyKey, fingerprint, documentIds),
  );
  if (inserted) {
    const { bookingId, ...created } = inserted;
    if (created.documents?.length) await placeDocumentsAfterIntake(db, bookingId);
    return created;
  }
  // A request with the same key committed between our two statements; answer with its booking.
  const winner = idempotencyKey ? await findByIdempotencyKey(db, idempotencyKey) : undefined;
  if (!winner) throw new Error("Booking insert returned no row");
  return withDocuments(db, replay(winner, fingerprint), documentIds);
}

/** How a booking's documents arrived, by the booking's source: the booking knows, a header does not. */
const documentChannelOf: Record<BookingSource, DocumentChannel> = {
  web_form: "web_form",
  api: "api",
  admin: "back_office",
  import: "api",
};

/**
 * The attached uploads waited in quarantine; they move into the booking's folder now. A failure here
 * does not undo the booking (it is saved and its emails queued): the worker's housekeeping finishes the move.
 */
async function placeDocumentsAfterIntake(db: Executor, bookingId: string): Promise<void> {
  try {
    await placeAttachedDocuments(db, getStorage(), bookingId);
  } catch (error) {
    console.error(`Documents of booking ${bookingId} stay in quarantine until the worker moves them`, error);
  }
}

/** A replayed request's answer names the documents the first one attached. */
async function withDocuments(db: Executor, created: CreatedBooking, documentIds: string[]): Promise<CreatedBooking> {
  if (documentIds.length === 0) return created;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select d.id from booking_documents d join bookings b on b.id = d.booking_id
      where b.reference = ${created.reference} and d.id = any(${arrayParam(documentIds, "uuid")})`,
  );
  const attached = new Set(rows.map((row) => row.id));
  return { ...created, documents: documentIds.filter((id) => attached.has(id)) };
}

type CreatedRow = { reference: string; created_at: string | Date };
type EarlierRow = CreatedRow & { idempotency_fingerprint: string | null };

function replay(earlier: EarlierRow, fingerprint: string | null): CreatedBooking {
  if (fingerprint) assertSameBody(earlier.idempotency_fingerprint, fingerprint);
  return toCreated(earlier, true);
}

/**
 * One round trip before the insert: the booking an earlier request with this key made in the last
 * 24 hours (answered, and never counted), otherwise one attempt counted against the client's limit.
 * An older booking with the key lets go of it here, so that the insert can take it for a new booking.
 */
async function replayOrCountAttempt(
  db: Executor,
  idempotencyKey: string | null,
  rateLimit: CreateBookingOptions["rateLimit"],
): Promise<EarlierRow | undefined> {
  if (!idempotencyKey && !rateLimit) return undefined;
  const limit = rateLimit && {
    key: `intake:${rateLimit.clientIp}`,
    max: rateLimit.max,
    windowSeconds: rateLimit.windowSeconds,
    message: "Too many bookings from your network in a short time. Please try again later or contact us.",
  };
  const [row] = await queryRows<Partial<EarlierRow> & { count: number | null; retry_after: number | null }>(
    db,
    sql`
      with expired as (
        update bookings set idempotency_key = null, idempotency_fingerprint = null
        where idempotency_key = ${idempotencyKey} and created_at <= now() - ${idempotencyKeyTtl}
      ), earlier as (
        select reference, created_at, idempotency_fingerprint from bookings
        where idempotency_key = ${idempotencyKey} and created_at > now() - ${idempotencyKeyTtl}
      ), counted as (
        ${limit ? rateLimitCounter(limit.key, limit.windowSeconds, sql`exists (select 1 from earlier)`) : sql`select null::int as count, null::int as retry_after`}
      )
      select earlier.reference, earlier.created_at, earlier.idempotency_fingerprint, counted.count, counted.retry_after
      from (select 1) as one
      left join earlier on true
      left join counted on true`,
  );
  if (row?.reference && row.created_at) {
    return {
      reference: row.reference,
      created_at: row.created_at,
      idempotency_fingerprint: row.idempotency_fingerprint ?? null,
    };
  }
  if (limit) throwIfOverLimit(row, limit);
  return undefined;
}

const KEY_BUSY = Symbol("idempotency key busy");

/**
 * A busy key wrote nothing, so the insert is simply tried again for a moment: a double click or a quick
 * retry then gets the first request's answer (a replay) instead of a 409. Only a first request that
 * is still running after IDEMPOTENCY_KEY_WAIT_MS is answered IDEMPOTENCY_KEY_IN_USE. Uncontended intake
 * never waits and stays at two round trips.
 */
async function whenKeyIsFree<T>(attempt: () => Promise<T | typeof KEY_BUSY>): Promise<T> {
  for (let waited = 0; ; waited += IDEMPOTENCY_KEY_RETRY_MS) {
    const outcome = await attempt();
    if (outcome !== KEY_BUSY) return outcome;
    if (waited >= IDEMPOTENCY_KEY_WAIT_MS) throw idempotencyKeyInUse();
    await sleep(IDEMPOTENCY_KEY_RETRY_MS);
  }
}

function toCreated(row: CreatedRow, replayed: boolean): CreatedBooking {
  return { reference: row.reference, status: "pending", createdAt: new Date(row.created_at).toISOString(), replayed };
}

async function findByIdempotencyKey(db: Executor, key: string): Promise<EarlierRow | undefined> {
  const [row] = await queryRows<EarlierRow>(
    db,
    sql`select reference, created_at, idempotency_fingerprint from bookings where idempotency_key = ${key}`,
  );
  return row;
}

/** What the booking emails show; the reference is filled in by the database. */
function bookingEmailData(body: CreateBookingBody): BookingEmailData {
  const { customer, route, pets } = body;
  return {
    booking: {
      reference: "",
      customerName: customer.name,
      customerEmail: customer.email,
      customerPhone: customer.phone,
      route,
      pets: pets.map((pet) => ({ name: pet.name, species: pet.species, breed: pet.breed ?? null })),
      specialRequests: body.specialRequests ?? null,
    },
  };
}

/**
 * Customer upsert, reference, booking, pets, the "created" event and the two emails (customer and
 * operations, as outbox rows) in ONE statement: one round trip
 * and one short implicit transaction, so intake holds its locks for the least time (see BENCHMARKS.md).
 * The idempotency gate comes first and every write depends on it: when another request holds the key,
 * nothing is written and IDEMPOTENCY_KEY_IN_USE is thrown. Returns undefined when the key already exists.
 */
async function insertBookingGraph(
  db: Executor,
  body: CreateBookingBody,
  source: BookingSource,
  idempotencyKey: string | null,
  fingerprint: string | null,
  documentIds: string[],
): Promise<(CreatedBooking & { bookingId: string }) | undefined | typeof KEY_BUSY> {
  const { customer, route, pets } = body;
  const year = yearIn(brand.timeZone);
  // The reference is drawn inside the statement, which puts it in front: see SearchTextParts.reference.
  const searchTextAfterReference = bookingSearchText({
    customerName: customer.name,
    email: customer.email,
    phone: customer.phone,
    whatsapp: customer.whatsapp,
    pets,
  });
  const petRows = JSON.stringify(pets.map((pet, index) => ({ position: index, ...petDetailsOf(pet) })));
  const emailData = JSON.stringify(bookingEmailData(body));
  // Validated here, like every event: the statement below only stores its data.
  const createdEvent = validBookingEvent({
    type: "created",
    data: {
      source,
      submittedContact: {
        name: customer.name,
        email: customer.email,
        phone: customer.phone,
        whatsapp: customer.whatsapp ?? null,
        preferredContact: customer.preferredContact,
      },
    },
  });
  const draftKeyHash = idempotencyKey && documentIds.length > 0 ? hashDraftKey(idempotencyKey) : null;
  const [row] = await queryRows<Partial<CreatedRow> & { free: boolean; id?: string; documents?: string[] | null }>(
    db,
    sql`
      with gate as (
        ${idempotencyGate(idempotencyKey)}
      ), customer as (
        insert into customers (full_name, email, phone, whatsapp, preferred_contact)
        select ${customer.name}, ${customer.email}, ${customer.phone}, ${customer.whatsapp ?? null},
          ${customer.preferredContact}::contact_method
        from gate where gate.free
        -- A public request must not change a returning customer's details, not even fill in a missing
        -- WhatsApp number (anyone may know an email): what was submitted is kept on the created event for
        -- the team to review. The no-op update is what lets the existing row's id be returned.
        on conflict ((lower(email))) do update set updated_at = customers.updated_at
        returning id
      ), reference as (
        select format_booking_reference(${brand.referencePrefix}, ${year}::int, next_booking_number(${year}::int)) as value
        from gate where gate.free
      ), booking as (
        insert into bookings (reference, customer_id, service_type, source, origin_country, origin_city,
          destination_country, destination_city, travel_date, special_requests, consent_at,
          idempotency_key, idempotency_fingerprint, search_text)
        select reference.value, customer.id, ${route.serviceType}::service_type, ${source}::booking_source,
          ${route.originCountry}, ${route.originCity}, ${route.destinationCountry}, ${route.destinationCity},
          ${route.travelDate}::date, ${body.specialRequests ?? null}, now(), ${idempotencyKey}, ${fingerprint},
          lower(reference.value) || ' ' || ${searchTextAfterReference}
        from customer, reference
        on conflict (idempotency_key) do nothing
        returning id, reference, created_at
      ), inserted_pets as (
        insert into pets (booking_id, position, name, species, breed, sex, date_of_birth, weight_kg, microchip, notes)
        select booking.id, p.position, p.name, p.species::pet_species, p.breed, p.sex::pet_sex, p.date_of_birth,
          p.weight_kg, p.microchip, p.notes
        from booking, jsonb_to_recordset(${petRows}::jsonb) as p(position smallint, name text, species text,
          breed text, sex text, date_of_birth date, weight_kg numeric, microchip text, notes text)
        returning id, position
      ), attached as (
        -- Only checked uploads made with this request's draft key (its Idempotency-Key), not yet attached.
        update booking_documents d set booking_id = booking.id, uploaded_via = ${documentChannelOf[source]}::document_channel,
          pet_id = (select inserted_pets.id from inserted_pets where inserted_pets.position = d.pet_position)
        from booking
        where d.id = any(${arrayParam(documentIds, "uuid")}) and d.draft_key_hash = ${draftKeyHash}
          and d.status = 'ready' and d.booking_id is null and d.deleted_at is null
        returning d.id, d.kind, d.display_name, d.uploaded_via, d.created_at
      ), document_events as (
        insert into booking_events (booking_id, type, data)
        select booking.id, 'document_added',
          jsonb_build_object('documentId', attached.id, 'kind', attached.kind, 'name', attached.display_name,
            'via', attached.uploaded_via)
        from booking, attached
      ), created_event as (
        insert into booking_events (booking_id, type, data)
        select booking.id, ${createdEvent.type}, ${JSON.stringify(createdEvent.data)}::jsonb
        from booking
      ), queued_emails as (
        insert into email_outbox (idempotency_key, template, to_address, booking_id, data)
        select 'booking-received/' || booking.id, 'booking_received', ${customer.email}, booking.id,
          jsonb_set(${emailData}::jsonb, '{booking,reference}', to_jsonb(booking.reference))
        from booking
        union all
        select 'new-booking/' || booking.id, 'new_booking', ${getConfig().OPS_EMAIL}, booking.id,
          jsonb_set(${emailData}::jsonb, '{booking,reference}', to_jsonb(booking.reference))
            || jsonb_build_object('source', ${source}::text)
        from booking
      )
      select gate.free, booking.id, booking.reference, booking.created_at,
        (select array_agg(attached.id::text order by attached.created_at) from attached) as documents
      from gate left join booking on true`,
  );
  if (!row?.free) return KEY_BUSY;
  if (!row.id || !row.reference || !row.created_at) return undefined;
  const created = toCreated({ reference: row.reference, created_at: row.created_at }, false);
  return {
    ...created,
    bookingId: row.id,
    ...(documentIds.length > 0 ? { documents: row.documents ?? [] } : {}),
  };
}
