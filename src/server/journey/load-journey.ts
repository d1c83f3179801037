import "server-only";
import { sql } from "drizzle-orm";
import { arrayParam, queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { airportTimeZone } from "@/server/airports/airport-time-zones";
import { brand } from "@/config/brand";
import { readBookingEvent } from "@/contracts/bookings/booking-events";
import type { FlightDetails } from "@/contracts/bookings/booking-views";
import {
  journeySteps,
  type JourneyContact,
  type JourneyPet,
  type JourneyUpdate,
  type Journey,
} from "@/contracts/journey/journey";
import type { BookingStatus } from "@/lib/enum-values";
import { contentDisposition } from "@/server/storage/file-check";
import { getStorage } from "@/server/storage/get-storage";
import { DOWNLOAD_LINK_SECONDS } from "@/server/documents/document-limits";
import { JOURNEY_EVENT_TYPES } from "./journey-events";

/** A live booking's row as the journey needs it. */
export type JourneyBooking = {
  id: string;
  reference: string;
  status: BookingStatus;
  created_at: Date | string;
  origin_country: string;
  origin_city: string;
  destination_country: string;
  destination_city: string;
  travel_date: string;
  flight: FlightDetails | null;
  customer_id: string;
  customer_name: string;
  customer_email: string;
  coordinator_name: string | null;
};

/**
 * A live booking by reference, with its customer and coordinator; `ownerEmail` restricts it to that
 * customer's. Undefined when there is none (the callers answer NOT_FOUND either way).
 */
export async function findJourneyBooking(
  db: Executor,
  reference: string,
  ownerEmail?: string,
): Promise<JourneyBooking | undefined> {
  const [row] = await queryRows<JourneyBooking>(
    db,
    sql`select b.id, b.reference, b.status, b.created_at, b.origin_country, b.origin_city, b.destination_country,
          b.destination_city, b.travel_date::text as travel_date, b.flight, b.customer_id,
          c.full_name as customer_name, c.email as customer_email, u.name as coordinator_name
        from bookings b join customers c on c.id = b.customer_id left join users u on u.id = b.assignee_id
        where b.reference = ${reference} and b.deleted_at is null
          ${ownerEmail === undefined ? sql`` : sql`and lower(c.email) = lower(${ownerEmail})`}`,
  );
  return row;
}

/** The journey's version: the id of the newest event after which it reads differently (0 for none). */
export async function journeyVersion(db: Executor, bookingId: string): Promise<number> {
  const [row] = await queryRows<{ version: string | number | null }>(
    db,
    sql`select max(id) as version from booking_events
        where booking_id = ${bookingId} and type = any(${arrayParam(JOURNEY_EVENT_TYPES, "text")})`,
  );
  return Number(row?.version ?? 0);
}

type EventRow = { id: string | number; type: string; data: unknown; created_at: Date | string };
type PetRow = JourneyPet;
type PhotoRow = {
  id: string;
  display_name: string;
  storage_key: string;
  content_type: string;
  thumbnail_key: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** The first word of a name ("Sara Al Mansouri" → "Sara"): all a journey says of a person. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? "";
}

export function companyContact(): JourneyContact["company"] {
  return {
    name: brand.name,
    email: brand.contact.email,
    phone: brand.contact.phone,
    whatsapp: brand.contact.whatsapp,
    hours: brand.contact.hours,
  };
}

/** Links (≤ 5 minutes) to the photos of the updates, only those still ready, live and on this booking. */
async function photoLinks(db: Executor, bookingId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, NonNullable<JourneyUpdate["photo"]>>();
  const rows = await queryRows<PhotoRow>(
    db,
    sql`select id, display_name, storage_key, content_type, thumbnail_key from booking_documents
        where booking_id = ${bookingId} and id = any(${arrayParam(ids, "uuid")})
          and status = 'ready' and deleted_at is null`,
  );
  const storage = getStorage();
  const link = (key: string, contentType: string, name: string) =>
    storage.createDownloadUrl({
      key,
      contentType,
      disposition: contentDisposition(name, "inline"),
      expiresInSeconds: DOWNLOAD_LINK_SECONDS,
    });
  return new Map(
    await Promise.all(
      rows.map(
        async (row) =>
          [
            row.id,
            {
              name: row.display_name,
              url: await link(row.storage_key, row.content_type, row.display_name),
              thumbnailUrl: row.thumbnail_key
                ? await link(row.thumbnail_key, "image/webp", `${row.display_name}.webp`)
                : null,
            },
          ] as const,
      ),
    ),
  );
}

/** What the owner's and the public journey share: steps, pets, route, flight, updates, version. */
export type JourneyCore = Pick<
  Journey,
  "reference" | "status" | "version" | "steps" | "route" | "travelDate" | "flight" | "flightTimeZones" | "updates"
> & {
  pets: JourneyPet[];
};

/**
 * Reads the journey of a booking found by findJourneyBooking. Only whitelisted event types are read, and
 * of those only the fields a customer sees.
 */
export async function loadJourneyCore(db: Executor, booking: JourneyBooking, now = new Date()): Promise<JourneyCore> {
  const [events, pets, version] = await Promise.all([
    queryRows<EventRow>(
      db,
      sql`select id, type, data, created_at from booking_events
          where booking_id = ${booking.id}
            and type in ('status_changed', 'customer_update', 'customer_update_withdrawn')
          order by id`,
    ),
    queryRows<PetRow>(db, sql`select id, name, species from pets where booking_id = ${booking.id} order by position`),
    journeyVersion(db, booking.id),
  ]);
  const statusTimes: Partial<Record<BookingStatus, string>> = {};
  const posted: { id: string; at: string; text: string; photoDocumentId?: string }[] = [];
  const withdrawn = new Set<string>();
  for (const row of events) {
    const event = readBookingEvent(row.type, row.data);
    if (event?.type === "status_changed") statusTimes[event.data.to] = iso(row.created_at);
    if (event?.type === "customer_update")
      posted.push({
        id: event.data.updateId,
        at: iso(row.created_at),
        text: event.data.text,
        photoDocumentId: event.data.photoDocumentId,
      });
    if (event?.type === "customer_update_withdrawn") withdrawn.add(event.data.updateId);
  }
  const shown = posted.filter((update) => !withdrawn.has(update.id)).reverse();
  const photos = await photoLinks(
    db,
    booking.id,
    shown.flatMap((update) => (update.photoDocumentId ? [update.photoDocumentId] : [])),
  );
  const updates: JourneyUpdate[] = shown.map(({ photoDocumentId, ...update }) => {
    const photo = photoDocumentId ? photos.get(photoDocumentId) : undefined;
    return photo ? { ...update, photo } : update;
  });
  return {
    reference: booking.reference,
    status: booking.status,
    version,
    steps: journeySteps({
      status: booking.status,
      createdAt: iso(booking.created_at),
      statusTimes,
      flight: booking.flight,
      now,
    }),
    pets,
    route: {
      originCountry: booking.origin_country,
      originCity: booking.origin_city,
      destinationCountry: booking.destination_country,
      destinationCity: booking.destination_city,
    },
    travelDate: booking.travel_date,
    flight: booking.flight,
    flightTimeZones: booking.flight && {
      departure: airportTimeZone(booking.flight.departureAirport),
      arrival: airportTimeZone(booking.flight.arrivalAirport),
    },
    updates,
  };
}
