import "server-only";
import { sql } from "drizzle-orm";
import { brand } from "@/config/brand";
import { queryRows } from "../sql";
import type { Executor } from "../types";
import type { YearSpan } from "./timeline";

export type NumberedYear = YearSpan & { firstNumber: number };

// Keep in sync with next_booking_number() in the migrations.
const sequenceName = (year: number) => `booking_number_${year}`;

async function highestExistingNumber(db: Executor, year: number): Promise<number> {
  const prefix = `${brand.referencePrefix}-${year}-`;
  const pattern = `${prefix.replace(/[\\%_]/g, "\\$&")}%`;
  const [row] = await queryRows<{ highest: string }>(
    db,
    sql`select coalesce(max(substr(reference, ${prefix.length + 1})::bigint), 0)::text as highest
        from bookings
        where reference like ${pattern} and substr(reference, ${prefix.length + 1}) ~ '^[0-9]+$'`,
  );
  return Number(row?.highest ?? 0);
}

async function setSequenceAtLeast(db: Executor, year: number, value: number): Promise<void> {
  const name = sequenceName(year);
  await db.execute(
    sql`select setval(${name}::regclass, greatest(${value}::bigint,
          (select coalesce(last_value, 0) from pg_sequences where schemaname = current_schema() and sequencename = ${name})))`,
  );
}

/**
 * Claims a block of numbers per year before any row is written: past the references already stored
 * and past what the year's sequence has handed out, then moves the sequence beyond the block, so the
 * intake never issues one of them, even while the seed runs. Run outside the seed's transaction:
 * next_booking_number() may create the sequence, which must be visible to other sessions at once.
 */
export async function reserveBookingNumbers(db: Executor, spans: readonly YearSpan[]): Promise<NumberedYear[]> {
  const numbered: NumberedYear[] = [];
  for (const span of spans) {
    const [issued] = await queryRows<{ value: string }>(
      db,
      sql`select next_booking_number(${span.year}::int)::text as value`,
    );
    const firstNumber = Math.max(Number(issued!.value), (await highestExistingNumber(db, span.year)) + 1);
    await setSequenceAtLeast(db, span.year, firstNumber + (span.to - span.from) - 1);
    numbered.push({ ...span, firstNumber });
  }
  return numbered;
}

/** Afterwards, checks again that every year's sequence exists and stands past the numbers used. */
export async function ensureSequencesPast(db: Executor, years: readonly NumberedYear[]): Promise<void> {
  for (const year of years) {
    const [row] = await queryRows<{ present: boolean }>(
      db,
      sql`select to_regclass(${sequenceName(year.year)}) is not null as present`,
    );
    if (!row?.present) await queryRows(db, sql`select next_booking_number(${year.year}::int)`);
    await setSequenceAtLeast(db, year.year, year.firstNumber + (year.to - year.from) - 1);
  }
}
