// Every date and time a person reads (pages, emails, timeline words) is written here, in one shape:
//   a calendar day        "14 Mar 2027"                                  (travel date, date of birth)
//   an instant            "3 Dec 2026, 14:05 Dubai time (UTC+04:00)"     (something happened)
//   a time as stored      "20 May 2027, 03:10 Toronto time (UTC-04:00)"  (a flight, on its airport's clock)
// Always in a zone the caller names (the office's, brand.timeZone, or an airport's), never the reader's
// implicit one, so a page rendered on the server and again in the browser reads the same. For the same
// reason the words are ours: month names from the list below and the zone said as its UTC offset, where
// Intl's own month and zone abbreviations differ between locales and ICU versions ("Sep"/"Sept"; en-GB
// abbreviates Dubai as GST but Toronto as GMT-4, en-US the other way round). Intl supplies only digits.
import { quarterHourOffsetMs, utcOffsetText } from "./dates";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar date (YYYY-MM-DD, or the date of a stored time) as "14 Mar 2027": the day itself, never moved by
 * anyone's time zone. Anything else is shown as it came.
 */
export function formatCalendarDay(isoDate: string): string {
  const match = CALENDAR_DAY.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A zone's city as people say it: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replaceAll("_", " ");
}

/** What follows a time to say its zone: "Dubai time (UTC+04:00)"; without a zone, the offset alone. */
export function zoneLabel(timeZone: string | null | undefined, offset: string): string {
  return timeZone ? `${zoneCity(timeZone)} time (UTC${offset})` : `(UTC${offset})`;
}

type InstantOptions = { seconds?: boolean };

/**
 * An instant on a zone's clock, in two parts for layouts that break the line between them:
 * { time: "3 Dec 2026, 14:05", zone: "Dubai time (UTC+04:00)" }. Null for a value that is not an instant.
 */
export function instantParts(
  at: Date | string,
  timeZone: string,
  { seconds = false }: InstantOptions = {},
): { time: string; zone: string } | null {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return null;
  const offsetMs = quarterHourOffsetMs(timeZone, instant);
  const wallClock = new Date(instant.getTime() + offsetMs).toISOString();
  const clock = wallClock.slice(11, seconds ? 19 : 16);
  return {
    time: `${formatCalendarDay(wallClock)}, ${clock}`,
    zone: zoneLabel(timeZone, utcOffsetText(Math.round(offsetMs / 60_000))),
  };
}

/**
 * An instant (a booking made, an email sent, a sign-in) on a zone's clock, saying which:
 * "3 Dec 2026, 14:05 Dubai time (UTC+04:00)". Pass the office's zone (brand.timeZone) unless the time
 * belongs to a place. `seconds` where they matter (the audit log, an email's attempts).
 */
export function formatInstant(at: Date | string, timeZone: string, options?: InstantOptions): string {
  const parts = instantParts(at, timeZone, options);
  return parts ? `${parts.time} ${parts.zone}` : String(at);
}

const STORED_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A time as it was stored, on its own offset's wall clock: "2027-03-14T02:35:00+04:00" →
 * "14 Mar 2027, 02:35 (UTC+04:00)", or with the airport's zone "14 Mar 2027, 02:35 Dubai time (UTC+04:00)".
 * Flight times are local to their airport, so they are never moved to the reader's zone (or the office's):
 * the digits shown are the digits the airline gave, and the offset the one stored with them.
 */
export function formatAsStored(iso: string, timeZone?: string | null): string {
  const match = STORED_TIME.exec(iso);
  if (!match) return iso;
  const [, day, time, offset] = match;
  return `${formatCalendarDay(day!)}, ${time} ${zoneLabel(timeZone, offset === "Z" ? "+00:00" : offset!)}`;
}
