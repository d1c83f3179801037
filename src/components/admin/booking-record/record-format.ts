import { brand } from "@/config/brand";

// Times on the record page are the office's (Dubai), the same as the table and the audit log.
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: brand.timeZone,
});
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export const formatTime = (at: Date | string) => timeFormat.format(new Date(at));

/** A calendar date (YYYY-MM-DD) as "14 Mar 2027", the same day wherever the reader is. */
export const formatDay = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** An airline time as entered, local to its airport: "2027-03-14T02:35:00+04:00" → "14 Mar 2027, 02:35 (UTC+04:00)". */
export function formatFlightTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${formatDay(match[1]!)}, ${match[2]} (UTC${match[3] === "Z" ? "+00:00" : match[3]})`;
}
