// npm run db:seed -- --bookings 1000 [--seed 42]: adds realistic demo bookings to the configured database.
import path from "node:path";
import { parseArgs } from "node:util";
import { getConfig } from "@/config/env";
import { getConnection } from "@/db/client";
import { runDatabaseScript } from "./lib/run-database-script";
import { migrationsAreCurrent } from "@/db/migrate";
import { seedDemoData } from "@/db/seed/seed-demo-data";

const usage = `Usage: npm run db:seed -- --bookings <count> [--seed <number>]

  --bookings  how many bookings to add (1 to 10,000,000), with their customers, pets and events
  --seed      a whole number; the same seed gives the same names, pets, routes and dates

Seeds the database in DATABASE_URL, or the embedded one in DATA_DIR when DATABASE_URL is not set.`;

const MAX_BOOKINGS = 10_000_000;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const cleaned = raw.replace(/[_,]/g, "");
  const value = Number(cleaned);
  if (!/^\d+$/.test(cleaned) || value < min || value > max) {
    fail(`--${name} must be a whole number from ${min} to ${max.toLocaleString("en")}, got "${raw}"`);
  }
  return value;
}

function parseOptions(): { bookings: number; seed?: number } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { bookings: { type: "string" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (parsed.values.bookings === undefined) fail("--bookings is required");
  const bookings = wholeNumber("bookings", parsed.values.bookings, 1, MAX_BOOKINGS);
  const seed = parsed.values.seed === undefined ? undefined : wholeNumber("seed", parsed.values.seed, 0, 2 ** 32 - 1);
  return { bookings, seed };
}

function describeTarget(): string {
  const { DATABASE_URL, DATA_DIR } = getConfig();
  if (!DATABASE_URL) return `embedded PGlite in ${path.resolve(DATA_DIR, "pglite")}`;
  const url = new URL(DATABASE_URL);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

function progressPrinter(total: number, started: number) {
  let lastPrinted = 0;
  return (done: number) => {
    const now = performance.now();
    if (done < total && now - lastPrinted < 2_000) return;
    lastPrinted = now;
    const seconds = (now - started) / 1000;
    const percent = ((done / total) * 100).toFixed(0).padStart(3);
    console.log(`  ${percent}%  ${done.toLocaleString("en")} bookings  ${seconds.toFixed(1)} s`);
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const { db, driver } = await getConnection();
  if (driver === "pg" && !(await migrationsAreCurrent(db))) {
    console.error("The database schema is not up to date: run npm run db:migrate first.");
    process.exitCode = 1;
    return;
  }
  console.log(`Seeding ${options.bookings.toLocaleString("en")} bookings into ${describeTarget()}…`);
  const started = performance.now();
  const summary = await seedDemoData(db, { ...options, onProgress: progressPrinter(options.bookings, started) });
  const seconds = (performance.now() - started) / 1000;
  const rows = summary.bookings + summary.customers + summary.pets + summary.events;
  console.log(
    `Added ${summary.bookings.toLocaleString("en")} bookings, ${summary.customers.toLocaleString("en")} customers, ` +
      `${summary.pets.toLocaleString("en")} pets and ${summary.events.toLocaleString("en")} events ` +
      `in ${seconds.toFixed(1)} s (${Math.round(summary.bookings / seconds).toLocaleString("en")} bookings/s, ` +
      `${Math.round(rows / seconds).toLocaleString("en")} rows/s).`,
  );
  console.log(`Seed ${summary.seed}: pass --seed ${summary.seed} to generate the same data again.`);
}

await runDatabaseScript(main);
