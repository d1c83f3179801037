import { z } from "zod";

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isoDateSchema(label: string) {
  return z
    .string({ error: `${label} must be a date (YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date (YYYY-MM-DD)` })
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, { error: `${label} is not a real date` })
    .refine((value) => value >= "1900-01-01", { error: `${label} must be after 1900` });
}

/**
 * Today's date where the day started last (UTC−12). A travel date on or after it is "not in the
 * past" for a customer anywhere, whatever their time zone or ours.
 */
export function earliestTodayOnEarth(now = new Date()): string {
  return new Date(now.getTime() - 12 * 3600_000).toISOString().slice(0, 10);
}

/** The calendar year at an instant in a time zone (references are numbered per local year). */
export function yearIn(timeZone: string, now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now));
}
