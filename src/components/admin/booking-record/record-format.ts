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
