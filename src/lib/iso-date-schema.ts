// Apart from src/lib/dates.ts, whose helpers client pages use: importing zod there put its 100 KB of
// script on pages that only format a date (the thank-you page, issue 18 item 10).
import { z } from "zod";

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isoDateSchema(label: string) {
  const notADate = `${label} must be a date (YYYY-MM-DD)`;
  return (
    z
      .string({ error: notADate })
      // An empty field is a missing answer, not a wrongly written date.
      .min(1, { error: `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`, abort: true })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: notADate, abort: true })
      // The pattern already holds it to 10 characters; said again so the OpenAPI document states the limit.
      .max(10, { error: notADate })
      .refine(
        (value) => {
          const date = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
        },
        { error: `${label} is not a real date` },
      )
      .refine((value) => value >= "1900-01-01", { error: `${label} must be after 1900` })
      .meta({ format: "date" })
  );
}
