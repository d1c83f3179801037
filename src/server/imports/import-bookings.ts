import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { EJSON } from "bson";
import { sql } from "drizzle-orm";
import { arrayParam, queryRows } from "@/db/sql";
import type { Database, Executor } from "@/db/types";
import { recordAudit } from "@/server/audit/record-audit";
import type { ImportMapping } from "./import-mapping";
import { sourceIdOf } from "./document-values";
import { documentMapper, type DocumentMapper, type MappingOutcome } from "./map-document";
import { countSkipped, emptySummary, type ImportSummary, type SkippedDocument } from "./import-summary";
import type { SourceDocument } from "./source-document";
import { IMPORT_SOURCE, ensureYearSequences, writeImportBatch, yearOf, type NewImport } from "./write-import-batch";

export type ImportOrigin = { file: string } | { database: string; collection: string };

export type ImportBookingsOptions = {
  db: Database;
  documents: AsyncIterable<SourceDocument>;
  mapping: ImportMapping;
  dryRun: boolean;
  /** Import documents without a recorded consent, dated at their creation (the operator's decision). */
  assumeConsent?: boolean;
  /** Documents per transaction. */
  batchSize?: number;
  /** What was read, for the audit line. */
  origin: ImportOrigin;
  /** Each skipped document with every reason (the --report CSV). */
  onSkipped?: (skipped: SkippedDocument) => void | Promise<void>;
  /** After each batch (committed, in a real run). */
  onBatch?: (summary: ImportSummary) => void;
};

export const DEFAULT_BATCH_SIZE = 500;

// Serialises concurrent runs batch by batch, so two runs of one file cannot both take the same _id.
const IMPORT_LOCK_KEY = 4_170_017;

type Prepared = SourceDocument & {
  position: number;
  sourceId?: string;
  text: string;
  sha256: string;
  outcome: MappingOutcome;
};

/**
 * Imports the old system's booking documents (issue 17), from a file or a live collection alike.
 * Each batch is one transaction: a run stopped mid-way keeps whole batches, and a run again creates the
 * rest. A document whose _id is in booking_imports is never created again (its checksum tells unchanged
 * from changed since). A document failing the form's rules is skipped whole, with every reason. No email
 * is queued. A real run writes one audit line, also when it fails; a dry run writes nothing at all and
 * takes no reference numbers.
 */
export async function importBookings(options: ImportBookingsOptions): Promise<ImportSummary> {
  const { db, dryRun } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary = emptySummary(randomUUID(), dryRun);
  const mapDocument = documentMapper(options.mapping, { assumeConsent: options.assumeConsent ?? false });
  // A dry run writes nothing, so an _id met twice in the input is remembered here instead.
  const seenInDryRun = new Map<string, string>();
  const yearsReady = new Set<number>();
  let failure: unknown;
  // One batch is written while the next is read and checked: the database and this process work at once.
  let writing: Promise<void> = Promise.resolve();
  try {
    let batch: Prepared[] = [];
    try {
      for await (const source of options.documents) {
        summary.read += 1;
        batch.push(prepare(source, summary.read, mapDocument));
        if (batch.length < batchSize) continue;
        await writing;
        writing = runBatch(batch);
        // Awaited before the next batch starts or the run ends; until then not an unhandled rejection.
        writing.catch(() => undefined);
        batch = [];
      }
    } finally {
      // The batch in flight finishes (or fails) before anything else happens, even when the read failed.
      await writing;
    }
    if (batch.length > 0) await runBatch(batch);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // An audit line that cannot be written must not hide the error that stopped the run.
    if (!dryRun)
      await recordRun(db, options.origin, summary, failure).catch((auditError: unknown) => {
        if (failure === undefined) throw auditError;
      });
  }
  return summary;

  async function runBatch(batch: Prepared[]): Promise<void> {
    if (dryRun) {
      const known = await importedChecksums(db, batch);
      const fresh = await classify(batch, (id) => known.get(id) ?? seenInDryRun.get(id));
      for (const item of fresh) seenInDryRun.set(item.sourceId, item.sha256);
      summary.created += fresh.length;
    } else {
      const years = new Set<number>();
      for (const item of batch) if (item.outcome.ok) years.add(yearOf(item.outcome.booking));
      const newYears = [...years].filter((year) => !yearsReady.has(year));
      await ensureYearSequences(db, newYears);
      for (const year of newYears) yearsReady.add(year);
      await db.transaction(async (tx) => {
        // Under the lock, another run's batches are committed or not begun: what is imported is settled.
        await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
        const known = await importedChecksums(tx, batch);
        const fresh = await classify(batch, (id) => known.get(id));
        const { customersCreated } = await writeImportBatch(tx, fresh, summary.runId);
        summary.created += fresh.length;
        summary.customersCreated += customersCreated;
      });
    }
    options.onBatch?.(summary);
  }

  /** Counts the already imported and the skipped; returns the documents to create. */
  async function classify(batch: Prepared[], importedSha: (id: string) => string | undefined): Promise<NewImport[]> {
    const fresh: NewImport[] = [];
    const inBatch = new Map<string, string>();
    for (const item of batch) {
      const earlier = item.sourceId ? (importedSha(item.sourceId) ?? inBatch.get(item.sourceId)) : undefined;
      if (earlier !== undefined) {
        if (earlier === item.sha256) summary.alreadyImported.unchanged += 1;
        else summary.alreadyImported.changed += 1;
        continue;
      }
      const { outcome } = item;
      if ((outcome.ok ? outcome.booking.consent : outcome.consent) === "assumed") summary.consent.assumed += 1;
      if (!outcome.ok) {
        if (outcome.consent === "missing") summary.consent.missing += 1;
        countSkipped(summary, outcome.reasons);
        await options.onSkipped?.({
          position: item.position,
          line: item.line,
          sourceId: outcome.sourceId,
          reasons: outcome.reasons,
        });
        continue;
      }
      inBatch.set(outcome.booking.sourceId, item.sha256);
      fresh.push({ ...outcome.booking, document: item.text, sha256: item.sha256 });
    }
    return fresh;
  }
}

/**
 * A document read and checked, before anyone asks whether it was imported: its canonical Extended JSON
 * text (what booking_imports keeps), the text's sha256, and what the mapping made of it.
 */
function prepare(source: SourceDocument, position: number, mapDocument: DocumentMapper): Prepared {
  const text = EJSON.stringify(source.document, { relaxed: false });
  return {
    ...source,
    position,
    sourceId: sourceIdOf(source.document._id),
    text,
    sha256: createHash("sha256").update(text).digest("hex"),
    outcome: mapDocument(source.document),
  };
}

/** The checksums already imported for this batch's ids. */
async function importedChecksums(db: Executor, batch: readonly Prepared[]): Promise<Map<string, string>> {
  const ids = batch.flatMap((item) => (item.sourceId ? [item.sourceId] : []));
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ source_id: string; document_sha256: string }>(
    db,
    sql`select source_id, document_sha256 from booking_imports
        where source = ${IMPORT_SOURCE} and source_id = any(${arrayParam(ids, "text")})`,
  );
  return new Map(rows.map((row) => [row.source_id, row.document_sha256]));
}

/** The run's one audit line: what was read, what it did, and whether it finished. */
async function recordRun(db: Database, origin: ImportOrigin, summary: ImportSummary, failure: unknown) {
  await recordAudit(db, {
    action: "bookings_imported",
    details: {
      runId: summary.runId,
      source: IMPORT_SOURCE,
      ...origin,
      completed: failure === undefined,
      ...(failure === undefined ? {} : { error: failure instanceof Error ? failure.message : String(failure) }),
      read: summary.read,
      created: summary.created,
      customersCreated: summary.customersCreated,
      alreadyImported: summary.alreadyImported,
      skipped: summary.skipped,
      consentAssumed: summary.consent.assumed,
    },
  });
}
