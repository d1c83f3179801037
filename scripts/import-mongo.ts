// npm run import:mongo -- (--file PATH | --uri URI --db NAME --collection NAME) [--mapping FILE] [--dry-run]
//   [--report skipped.csv] [--assume-consent] [--batch 500]
// Imports the old Booking Submission Engine's bookings (issue 17; docs/import.md). Exit 0 done, 1 failed,
// 2 bad arguments or unreadable input.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError, getConfig } from "@/config/env";
import { getConnection } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { migrationsAreCurrent } from "@/db/migrate";
import { DEFAULT_BATCH_SIZE, importBookings, type ImportOrigin } from "@/server/imports/import-bookings";
import { DEFAULT_IMPORT_MAPPING, importMappingSchema, type ImportMapping } from "@/server/imports/import-mapping";
import type { ImportSummary } from "@/server/imports/import-summary";
import { readEjsonFile } from "@/server/imports/read-ejson-file";
import { describeMongoUri } from "@/server/imports/mongo-uri";
import { openSkippedReport } from "@/server/imports/skipped-report";
import { ImportInputError, type SourceDocument } from "@/server/imports/source-document";
import { runDatabaseScript } from "./lib/run-database-script";

const usage = `Usage: npm run import:mongo -- (--file PATH | --uri URI --db NAME --collection NAME) [options]

  --file PATH          a mongoexport file: JSON lines, or one JSON array (--jsonArray); Extended JSON
  --uri URI            a live MongoDB (or set MONGODB_URI), with --db and --collection
  --mapping FILE       how fields map (JSON; docs/import.md); default: the common shape
  --dry-run            read and check everything, write nothing, print what would happen
  --report FILE        write every skipped document's reasons to this CSV
  --assume-consent     import documents that record no consent, dated at their creation
  --batch N            documents per transaction (1 to 10,000; default ${DEFAULT_BATCH_SIZE})

Imports into DATABASE_URL, or the embedded database in DATA_DIR (stop the dev server first).
Exit codes: 0 done, 1 failed, 2 bad arguments or unreadable input.`;

// Long enough for a server across a network, short enough that a wrong address is said quickly.
const SERVER_SELECTION_TIMEOUT_MS = 5_000;

class UsageError extends Error {}

type Options = {
  source: { documents: () => AsyncIterable<SourceDocument>; origin: ImportOrigin; label: string };
  mapping: ImportMapping;
  dryRun: boolean;
  report?: string;
  assumeConsent: boolean;
  batch: number;
};

function loadMapping(file: string | undefined): ImportMapping {
  if (!file) return DEFAULT_IMPORT_MAPPING;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--mapping ${file} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = importMappingSchema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(`--mapping ${file} is not a valid mapping:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function parseOptions(): Options {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        file: { type: "string" },
        uri: { type: "string" },
        db: { type: "string" },
        collection: { type: "string" },
        mapping: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        report: { type: "string" },
        "assume-consent": { type: "boolean", default: false },
        batch: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    console.log(usage);
    process.exit(0);
  }
  const batch = v.batch === undefined ? DEFAULT_BATCH_SIZE : Number(v.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000)
    throw new UsageError(`--batch must be a whole number from 1 to 10,000, got "${v.batch}"`);
  const uri = v.uri ?? (v.file === undefined ? process.env.MONGODB_URI : undefined);
  if (v.file !== undefined && v.uri !== undefined) throw new UsageError("Give --file or --uri, not both");
  if (v.file === undefined && !uri)
    throw new UsageError("Give --file PATH, or --uri URI (or MONGODB_URI) with --db and --collection");
  if (v.report !== undefined && !fs.existsSync(path.dirname(path.resolve(v.report))))
    throw new UsageError(`--report ${v.report}: its folder does not exist`);
  let source: Options["source"];
  if (v.file !== undefined) {
    const file = v.file;
    source = { documents: () => readEjsonFile(file), origin: { file: path.basename(file) }, label: file };
  } else {
    if (!v.db || !v.collection) throw new UsageError("--uri needs --db and --collection");
    if (!/^mongodb(\+srv)?:\/\//.test(uri!)) throw new UsageError("--uri must start with mongodb:// or mongodb+srv://");
    const { db, collection } = v;
    source = {
      // The driver is loaded only when a collection is read: a file import does without it.
      documents: async function* () {
        const { readMongoCollection } = await import("@/server/imports/read-mongo-collection");
        yield* readMongoCollection({
          uri: uri!,
          db,
          collection,
          serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
        });
      },
      origin: { database: db, collection },
      label: `${describeMongoUri(uri!)} ${db}.${collection}`,
    };
  }
  return {
    source,
    mapping: loadMapping(v.mapping),
    dryRun: v["dry-run"],
    report: v.report,
    assumeConsent: v["assume-consent"],
    batch,
  };
}

function describeTarget(): string {
  const { DATABASE_URL, DATA_DIR } = getConfig();
  if (!DATABASE_URL) return `embedded PGlite in ${path.resolve(DATA_DIR, "pglite")}`;
  const url = new URL(DATABASE_URL);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

const n = (value: number) => value.toLocaleString("en");

function printSummary(summary: ImportSummary, label: string, seconds: number, assumeConsent: boolean) {
  const would = summary.dryRun ? "would create" : "created";
  const lines = [
    summary.dryRun ? `Dry run of ${label}: nothing was written.` : `Imported ${label} (run ${summary.runId}).`,
    `  read                ${n(summary.read)} documents in ${seconds.toFixed(1)} s`,
    `  ${would.padEnd(19)} ${n(summary.created)} bookings${summary.dryRun ? "" : ` (${n(summary.customersCreated)} new customers)`}`,
    `  already imported    ${n(summary.alreadyImported.unchanged + summary.alreadyImported.changed)} (unchanged ${n(summary.alreadyImported.unchanged)}, changed since ${n(summary.alreadyImported.changed)}; never imported twice)`,
    `  skipped             ${n(summary.skipped)}`,
    ...Object.entries(summary.skippedByReason)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]) => `    ${n(count).padStart(7)}  ${reason}`),
  ];
  if (summary.consent.missing > 0 && !assumeConsent)
    lines.push(
      `  ${n(summary.consent.missing)} need consent: they record none (pass --assume-consent to import them).`,
    );
  if (summary.consent.assumed > 0)
    lines.push(`  consent assumed for ${n(summary.consent.assumed)} (--assume-consent).`);
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const { db, driver } = await getConnection();
  if (driver === "pg" && !(await migrationsAreCurrent(db))) {
    console.error("The database schema is not up to date: run npm run db:migrate first.");
    process.exitCode = 1;
    return;
  }
  console.log(
    `${options.dryRun ? "Checking" : "Importing"} ${options.source.label} into ${describeTarget()}${options.dryRun ? " (dry run)" : ""}…`,
  );
  const report = options.report ? await openSkippedReport(options.report) : undefined;
  const started = performance.now();
  let lastPrinted = started;
  try {
    const summary = await importBookings({
      db,
      documents: options.source.documents(),
      mapping: options.mapping,
      dryRun: options.dryRun,
      assumeConsent: options.assumeConsent,
      batchSize: options.batch,
      origin: options.source.origin,
      onSkipped: report?.add,
      onBatch: (progress) => {
        if (performance.now() - lastPrinted < 2_000) return;
        lastPrinted = performance.now();
        console.log(
          `  … ${n(progress.read)} read, ${n(progress.created)} ${options.dryRun ? "would be created" : "created"}`,
        );
      },
    });
    printSummary(summary, options.source.label, (performance.now() - started) / 1000, options.assumeConsent);
    if (report && options.report) console.log(`Skipped documents and their reasons: ${options.report}`);
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    console.error(
      `${error.message}\n${options.dryRun ? "Nothing was written." : "Batches before this point are imported; fix the input and run again to import the rest."}`,
    );
    process.exitCode = 2;
  } finally {
    await report?.close();
  }
}

await runDatabaseScript(async () => {
  try {
    await main();
  } catch (error) {
    // A locked data folder or a bad setting: runDatabaseScript says so in its own words.
    if (error instanceof DataDirLockedError || error instanceof ConfigError) throw error;
    // Anything else (the database went away mid-run, a bug): one line, exit 1.
    console.error(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
});
