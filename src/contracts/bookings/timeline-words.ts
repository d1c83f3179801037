// A booking event in plain words. Pure (no server-only): the timeline uses it, and so does the record
// page's conflict message, which describes a colleague's changes from the events the server returned.
import { countryName } from "@/lib/countries";
import { BOOKING_STATUS_LABELS, type BookingStatus } from "./schemas";
// A type only (erased at build): update-booking.ts itself is server-only.

/** One edited field of a booking, in words: what the timeline and a refused save show. */
export type FieldChange = { field: string; label: string; from: string | null; to: string | null };

export type EventWords = { title: string; lines: string[]; tone: "default" | "success" | "warning" | "danger" };

const SOURCE_WORDS: Record<string, string> = {
  web_form: "the website's booking form",
  api: "the booking API",
  admin: "the back office",
  import: "an import",
};

const statusLabel = (status: unknown) => BOOKING_STATUS_LABELS[status as BookingStatus] ?? String(status);

type Flight = { airline?: string; flightNumber?: string; departureAirport?: string; departureTime?: string; arrivalAirport?: string; arrivalTime?: string; airWaybill?: string };

function flightLine(flight: Flight | null | undefined): string[] {
  if (!flight) return [];
  return [
    `${flight.airline} ${flight.flightNumber}: ${flight.departureAirport} ${flight.departureTime} → ${flight.arrivalAirport} ${flight.arrivalTime}${flight.airWaybill ? `, air waybill ${flight.airWaybill}` : ""}`,
  ];
}

export function changeLine(change: FieldChange): string {
  const show = (value: string | null) => (value === null ? "(empty)" : change.field.endsWith("Country") ? `${countryName(value)} (${value})` : `“${value}”`);
  if (change.label === "Pet added") return `Pet added: ${change.to}`;
  if (change.to === null && change.field.startsWith("pets.") && change.field.split(".").length === 2) return `Pet removed: ${change.from}`;
  return `${change.label} changed from ${show(change.from)} to ${show(change.to)}`;
}

export function describeEvent(type: string, data: Record<string, unknown>): EventWords {
  switch (type) {
    case "created":
      return { title: `Booking created from ${SOURCE_WORDS[String(data.source)] ?? "an unknown source"}`, lines: [], tone: "default" };
    case "status_changed":
      return {
        title: `Status changed from ${statusLabel(data.from)} to ${statusLabel(data.to)}`,
        lines: [...flightLine(data.flight as Flight | undefined), ...(data.notified ? ["The customer was emailed"] : [])],
        tone: data.to === "cancelled" ? "danger" : data.to === "completed" ? "success" : "default",
      };
    case "flight_changed":
      return { title: "Flight details corrected", lines: [...flightLine(data.to as Flight), ...(data.notified ? ["The customer was emailed the new details"] : [])], tone: "warning" };
    case "details_changed":
      return { title: "Details changed", lines: ((data.changes as FieldChange[] | undefined) ?? []).map(changeLine), tone: "default" };
    case "note_added":
      return { title: "Internal note added", lines: [], tone: "default" };
    case "note_edited":
      return { title: "Internal note edited", lines: [], tone: "default" };
    case "note_deleted":
      return { title: "Internal note deleted", lines: [], tone: "default" };
    case "assigned": {
      const to = data.to as { name: string } | null;
      const from = data.from as { name: string } | null;
      return { title: to ? `Assigned to ${to.name}` : "Unassigned", lines: from ? [`Previously ${from.name}`] : [], tone: "default" };
    }
    case "deleted":
      return { title: "Booking deleted", lines: [], tone: "danger" };
    case "restored":
      return { title: "Booking restored", lines: [], tone: "success" };
    default:
      return { title: type.replaceAll("_", " "), lines: [], tone: "default" };
  }
}
