import "server-only";
import { setImmediate as nextTick } from "node:timers/promises";
import { brand } from "@/config/brand";
import type { Database } from "../types";
import { BookingFactory } from "./booking-factory";
import { ensureSequencesPast, reserveBookingNumbers } from "./booking-numbers";
import { nextEmailSerial } from "./email-serials";
import { withIndexesBuiltAfter } from "./build-indexes-after";
import { insertBatch } from "./insert-batch";
import { Random } from "./random";
import type { SeedBatch } from "./rows";
import { sampleCreatedTimes, splitByYear } from "./timeline";

export type SeedDemoDataOptions = {
  bookings: number;
  /** Same seed, same names, pets, routes and dates (ids, references and email serials depend on the database). */
  seed?: number;
  /** The moment the data is made relative to; defaults to now. */
  now?: Date;
  onProgress?: (done: number) => void;
};

export type SeedSummary = { seed: number; bookings: number; customers: number; pets: number; events: number };

// About 8 MB of JSON per statement: round trips stop mattering long before that, and PGlite copes.
const BATCH_SIZE = 5_000;
const CHUNK_SIZE = 500;
// One server process per CPU core on a small machine: PostgreSQL writes two batches at once while
// this process builds the next. PGlite runs them one after the other.
const IN_FLIGHT = 2;

/**
 * Adds `bookings` realistic bookings over the last three years, with their customers, pets and events.
 * Each batch is one statement, so an interrupted seed leaves whole bookings only. Works on a database
 * that already has bookings: references continue each year's numbering, and the year sequences are
 * moved past them first, so the intake never issues a seeded number. Into empty tables, the indexes
 * and foreign keys are built once after the load (build-indexes-after.ts).
 */
export async function seedDemoData(db: Database, options: SeedDemoDataOptions): Promise<SeedSummary> {
  const { bookings: total } = options;
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`bookings must be a whole number ≥ 0, got ${total}`);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const summary: SeedSummary = { seed, bookings: 0, customers: 0, pets: 0, events: 0 };
  if (total === 0) return summary;

  const random = new Random(seed);
  const now = (options.now ?? new Date()).getTime();
  const createdAt = sampleCreatedTimes(random, total, now);
  const years = await reserveBookingNumbers(db, splitByYear(createdAt, brand.timeZone));
  const emailSerialStart = await nextEmailSerial(db);
  const factory = new BookingFactory({ random, now, createdAt, years, emailSerialStart, batchSize: BATCH_SIZE });

  await withIndexesBuiltAfter(db, async () => {
    const inFlight: Promise<void>[] = [];
    try {
      for (let from = 0; from < total; from += BATCH_SIZE) {
        // Built while earlier batches are being written.
        const batch = await buildInChunks(factory, from, Math.min(total, from + BATCH_SIZE));
        // A batch may name customers from two batches back, so that one must be committed first.
        if (inFlight.length === IN_FLIGHT) await inFlight.shift();
        const written = insertBatch(db, batch).then(() => {
          summary.bookings += batch.bookings.length;
          summary.customers += batch.customers.length;
          summary.pets += batch.pets.length;
          summary.events += batch.events.length;
          options.onProgress?.(summary.bookings);
        });
        // Awaited later; until then a failure must not count as an unhandled rejection.
        written.catch(() => undefined);
        inFlight.push(written);
      }
      await Promise.all(inFlight);
    } finally {
      await Promise.allSettled(inFlight);
    }
  });

  await ensureSequencesPast(db, years);
  return summary;
}

/** Yields between chunks so that the driver keeps streaming the batches already sent. */
async function buildInChunks(factory: BookingFactory, from: number, to: number): Promise<SeedBatch> {
  const batch: SeedBatch = { customers: [], bookings: [], pets: [], events: [] };
  for (let start = from; start < to; start += CHUNK_SIZE) {
    factory.build(batch, start, Math.min(to, start + CHUNK_SIZE));
    await nextTick();
  }
  return batch;
}
