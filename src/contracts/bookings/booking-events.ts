// Every kind of booking event with the data it carries: the one list of what a booking's history can
// hold. Every writer validates against it (recordBookingEvent, the intake statement, the seed), and the
// timeline's words are exhaustive over it (timeline-words.ts). Pure zod: client-safe.
//
// Adding an event type: add its member here, then its words in timeline-words.ts (typecheck fails
// until they exist). Fields that rows already stored may lack stay optional: history is never rewritten.
import { z } from "zod";
import {
  BOOKING_SOURCES,
  BOOKING_STATUSES,
  CONTACT_METHODS,
  DOCUMENT_CHANNELS,
  DOCUMENT_KINDS,
} from "@/lib/enum-values";
import type { FlightDetails } from "./booking-views";

/** The booking's version after the change: a refused save lists the events past the version it started from. */
const version = z.number().int().positive();

/** A flight as stored on the booking (times ISO 8601 with their offset). */
const flightSchema = z.object({
  airline: z.string(),
  flightNumber: z.string(),
  departureAirport: z.string(),
  departureTime: z.string(),
  arrivalAirport: z.string(),
  arrivalTime: z.string(),
  airWaybill: z.string().optional(),
}) satisfies z.ZodType<FlightDetails>;

const teamMemberSchema = z.object({ id: z.string(), name: z.string() });

/** One edited field of a booking, in words: what the timeline and a refused save show. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

const event = <T extends string, D extends z.ZodRawShape>(type: T, data: D) =>
  z.object({ type: z.literal(type), data: z.object(data) });
const noteEvent = <T extends string>(type: T) => event(type, { noteId: z.string() });
/** A document by its id, kind and (sanitised) name: what the timeline says of it. */
const documentFields = { documentId: z.string(), kind: z.enum(DOCUMENT_KINDS), name: z.string() };

export const bookingEventSchema = z.discriminatedUnion("type", [
  event("created", {
    source: z.enum(BOOKING_SOURCES),
    // What the public form or API submitted: a returning customer's stored details are not rewritten by
    // a public request. Absent on events written before it was kept, and on seeded bookings.
    submittedContact: z
      .object({
        name: z.string(),
        email: z.string(),
        phone: z.string(),
        whatsapp: z.string().nullable(),
        preferredContact: z.enum(CONTACT_METHODS),
      })
      .optional(),
    // An imported booking (issue 17): its id in the old system and the import run that created it.
    sourceId: z.string().optional(),
    runId: z.string().optional(),
  }),
  event("status_changed", {
    from: z.enum(BOOKING_STATUSES),
    to: z.enum(BOOKING_STATUSES),
    // Seeded bookings carry only from and to.
    version: version.optional(),
    notified: z.boolean().optional(),
    // With the move to flight booked.
    flight: flightSchema.optional(),
  }),
  event("flight_changed", { from: flightSchema.nullable(), to: flightSchema, version, notified: z.boolean() }),
  event("details_changed", { version, changes: z.array(fieldChangeSchema) }),
  // Notes' text never enters the history: only which note.
  noteEvent("note_added"),
  noteEvent("note_edited"),
  noteEvent("note_deleted"),
  event("assigned", { from: teamMemberSchema.nullable(), to: teamMemberSchema.nullable(), version }),
  event("deleted", { version }),
  event("restored", { version }),
  event("document_added", { ...documentFields, via: z.enum(DOCUMENT_CHANNELS) }),
  event("document_replaced", { ...documentFields, via: z.enum(DOCUMENT_CHANNELS), supersededId: z.string() }),
  event("document_deleted", documentFields),
  event("document_restored", documentFields),
  // A message from the team to the customer (portal, tracking, optionally email). `updateId` names it in the API.
  event("customer_update", {
    updateId: z.string(),
    text: z.string(),
    photoDocumentId: z.string().optional(),
    notified: z.boolean(),
  }),
  event("customer_update_withdrawn", { updateId: z.string() }),
  // The customer corrected their phone, WhatsApp or preferred contact on the portal (written on each live booking).
  event("contact_changed", { changes: z.array(fieldChangeSchema) }),
]);

/** An event's type and data, as written and as read back. */
export type BookingEventBody = z.infer<typeof bookingEventSchema>;
export type BookingEventType = BookingEventBody["type"];
/** What the `data` column holds: the data of any event type. */
export type BookingEventData = BookingEventBody["data"];

/**
 * The event as it will be stored, or an Error naming the event type: a writer that builds an event of
 * the wrong shape is a bug, refused before anything is written.
 */
export function validBookingEvent<E extends BookingEventBody>(event: E): E {
  const parsed = bookingEventSchema.safeParse(event);
  if (!parsed.success)
    throw new Error(`Invalid booking event "${String(event.type)}": ${z.prettifyError(parsed.error)}`);
  return parsed.data as E;
}

/**
 * A stored row's type and data as an event of the union, or null for a row no writer produces (for
 * example one written by hand): read paths show such rows plainly instead of failing.
 */
export function readBookingEvent(type: string, data: unknown): BookingEventBody | null {
  const parsed = bookingEventSchema.safeParse({ type, data });
  return parsed.success ? parsed.data : null;
}
