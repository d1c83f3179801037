// A booking event in plain words, for every event of the union in booking-events.ts. Pure (no
// server-only): the timeline uses it, and so does the record page's conflict message, which describes a
// colleague's changes from the events the server returned.
import { formatAsStored, formatCalendarDay } from "@/lib/format-date-time";
import { countryName } from "@/lib/countries";
import type { FlightDetails } from "./booking-views";
import type { BookingSource } from "@/lib/enum-values";
import { DOCUMENT_CHANNEL_LABELS, DOCUMENT_KIND_LABELS } from "@/contracts/documents/schemas";
import { readBookingEvent, type BookingEventBody, type FieldChange } from "./booking-events";
import { BOOKING_STATUS_LABELS, type BookingStatus } from "./schemas";

export type { FieldChange } from "./booking-events";

export type EventWords = { title: string; lines: string[]; tone: "default" | "success" | "warning" | "danger" };

/** One line of a booking's history (an event or an email), in plain words; the page renders `lines` as text. */
export type TimelineEntry = EventWords & {
  id: string;
  at: Date;
  actor: string | null;
  // For emails: the message's id, so the entry links to its preview.
  emailId?: string;
  // For an update for the customer: its id (an admin may withdraw it), and whether it was withdrawn.
  customerUpdate?: { id: string; withdrawn: boolean; hasPhoto: boolean };
};

const SOURCE_WORDS: Record<BookingSource, string> = {
  web_form: "the website's booking form",
  api: "the booking API",
  admin: "the back office",
  import: "an import",
};

const statusLabel = (status: BookingStatus) => BOOKING_STATUS_LABELS[status] ?? String(status);

/** Words about times: `zoneOf` names an airport's time zone (the server's table), so its times say whose clock. */
export type DescribeOptions = { zoneOf?: (airport: string) => string | null };

function flightLine(flight: FlightDetails | null | undefined, { zoneOf }: DescribeOptions): string[] {
  if (!flight) return [];
  const at = (airport: string, time: string) => `${airport} ${formatAsStored(time, zoneOf?.(airport))}`;
  return [
    `${flight.airline} ${flight.flightNumber}: ${at(flight.departureAirport, flight.departureTime)} → ${at(flight.arrivalAirport, flight.arrivalTime)}${flight.airWaybill ? `, air waybill ${flight.airWaybill}` : ""}`,
  ];
}

export function changeLine(change: FieldChange): string {
  const isDay = change.field === "route.travelDate" || change.field.endsWith(".dateOfBirth");
  const show = (value: string | null) =>
    value === null
      ? "(empty)"
      : change.field.endsWith("Country")
        ? `${countryName(value)} (${value})`
        : isDay
          ? formatCalendarDay(value)
          : `“${value}”`;
  if (change.label === "Pet added") return `Pet added: ${change.to}`;
  if (change.to === null && change.field.startsWith("pets.") && change.field.split(".").length === 2)
    return `Pet removed: ${change.from}`;
  return `${change.label} changed from ${show(change.from)} to ${show(change.to)}`;
}

/** An event in plain words. Exhaustive: a new event type without words fails typecheck. */
export function describeEvent(event: BookingEventBody, options: DescribeOptions = {}): EventWords {
  switch (event.type) {
    case "created":
      return {
        title: `Booking created from ${SOURCE_WORDS[event.data.source] ?? "an unknown source"}`,
        lines: [
          ...(event.data.sourceId ? [`Old id ${event.data.sourceId}`] : []),
          ...(event.data.runId ? [`Import run ${event.data.runId}`] : []),
        ],
        tone: "default",
      };
    case "status_changed": {
      const { data } = event;
      return {
        title: `Status changed from ${statusLabel(data.from)} to ${statusLabel(data.to)}`,
        lines: [...flightLine(data.flight, options), ...(data.notified ? ["The customer was emailed"] : [])],
        tone: data.to === "cancelled" ? "danger" : data.to === "completed" ? "success" : "default",
      };
    }
    case "flight_changed":
      return {
        title: "Flight details corrected",
        lines: [
          ...flightLine(event.data.to, options),
          ...(event.data.notified ? ["The customer was emailed the new details"] : []),
        ],
        tone: "warning",
      };
    case "details_changed":
      return { title: "Details changed", lines: event.data.changes.map(changeLine), tone: "default" };
    case "note_added":
      return { title: "Internal note added", lines: [], tone: "default" };
    case "note_edited":
      return { title: "Internal note edited", lines: [], tone: "default" };
    case "note_deleted":
      return { title: "Internal note deleted", lines: [], tone: "default" };
    case "assigned": {
      const { from, to } = event.data;
      return {
        title: to ? `Assigned to ${to.name}` : "Unassigned",
        lines: from ? [`Previously ${from.name}`] : [],
        tone: "default",
      };
    }
    case "deleted":
      return { title: "Booking deleted", lines: [], tone: "danger" };
    case "restored":
      return { title: "Booking restored", lines: [], tone: "success" };
    case "document_added":
      return {
        title: `${DOCUMENT_KIND_LABELS[event.data.kind]} added`,
        lines: [`${event.data.name}, from the ${DOCUMENT_CHANNEL_LABELS[event.data.via]}`],
        tone: "default",
      };
    case "document_replaced":
      return {
        title: `${DOCUMENT_KIND_LABELS[event.data.kind]} replaced`,
        lines: [`${event.data.name} replaces the earlier file, which is kept as superseded`],
        tone: "default",
      };
    case "document_deleted":
      return {
        title: `${DOCUMENT_KIND_LABELS[event.data.kind]} deleted`,
        lines: [`${event.data.name} (restorable for 30 days)`],
        tone: "danger",
      };
    case "document_restored":
      return { title: `${DOCUMENT_KIND_LABELS[event.data.kind]} restored`, lines: [event.data.name], tone: "success" };
    case "customer_update":
      return {
        title: "Update for the customer",
        lines: [event.data.text, ...(event.data.notified ? ["The customer was emailed"] : [])],
        tone: "default",
      };
    case "customer_update_withdrawn":
      return { title: "Update for the customer withdrawn", lines: [], tone: "warning" };
    case "contact_changed":
      return {
        title: "The customer changed their contact details",
        lines: event.data.changes.map(changeLine),
        tone: "default",
      };
    default: {
      const unknownEvent: never = event;
      throw new Error(`No words for booking event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/**
 * A stored row in plain words. Rows that match no event of the union (none are written today) are
 * shown by their type rather than breaking the timeline.
 */
export function describeStoredEvent(type: string, data: unknown, options: DescribeOptions = {}): EventWords {
  const event = readBookingEvent(type, data);
  return event ? describeEvent(event, options) : { title: type.replaceAll("_", " "), lines: [], tone: "default" };
}
