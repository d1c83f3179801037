import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { EJSON } from "bson";
import { sql } from "drizzle-orm";
import { arrayParam, queryRows } from "@/db/sql";
import type { Database, Executor } from "@/db/types";
import { recordAudit } from "@/server/audit/record-audit";
import type { ImportMapping } from "./import-mapping";
import { sourceIdOf } from "./document-values";
import { documentMapper, type DocumentMapper } from "./map-document";
import { countSkipped, emptySummary, type ImportSummary, type SkippedDocument } from "./import-summary";
import type { SourceDocument } from "./source-document";
import { IMPORT_SOURCE, ensureYearSequences, writeImportBatch, yearsOf, type NewImport } from "./write-import-batch";

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

type Read = SourceDocument & { position: number; sourceId?: string; text: string; sha256: string };

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
  let failure: unknown;
  try {
    let batch: Read[] = [];
    for await (const source of options.documents) {
      summary.read += 1;
      batch.push(withChecksum(source, summary.read));
      if (batch.length < batchSize) continue;
      await runBatch(batch);
      batch = [];
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

  async function runBatch(batch: Read[]): Promise<void> {
    if (dryRun) {
      const known = await importedChecksums(db, batch);
      for (const [id, sha] of seenInDryRun) known.set(id, sha);
      const fresh = await classify(batch, known, mapDocument);
      for (const item of fresh) seenInDryRun.set(item.sourceId, item.sha256);
      summary.created += fresh.length;
    } else {
      const mapped = await classifyForWrite(batch);
      if (mapped.length > 0) await ensureYearSequences(db, yearsOf(mapped));
      await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
        // Read again under the lock: another run may have taken some of these ids meanwhile.
        const taken = await importedChecksums(tx, batch);
        const fresh = mapped.filter((item) => !taken.has(item.sourceId));
        for (const item of mapped) {
          const sha = taken.get(item.sourceId);
          if (sha === undefined) continue;
          if (sha === item.sha256) summary.alreadyImported.unchanged += 1;
          else summary.alreadyImported.changed += 1;
        }
        const { customersCreated } = await writeImportBatch(tx, fresh, summary.runId);
        summary.created += fresh.length;
        summary.customersCreated += customersCreated;
      });
    }
    options.onBatch?.(summary);
  }

  async function classifyForWrite(batch: Read[]): Promise<NewImport[]> {
    return classify(batch, await importedChecksums(db, batch), mapDocument);
  }

  /** Counts the already imported and the skipped; returns the documents to create. */
  async function classify(batch: Read[], known: Map<string, string>, map: DocumentMapper): Promise<NewImport[]> {
    const fresh: NewImport[] = [];
    const inBatch = new Map<string, string>();
    for (const item of batch) {
      const earlier = item.sourceId ? (known.get(item.sourceId) ?? inBatch.get(item.sourceId)) : undefined;
      if (earlier !== undefined) {
        if (earlier === item.sha256) summary.alreadyImported.unchanged += 1;
        else summary.alreadyImported.changed += 1;
        continue;
      }
      const outcome = map(item.document);
      if (outcome.ok ? outcome.booking.consent === "assumed" : outcome.consent === "assumed")
        summary.consent.assumed += 1;
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

/** The canonical Extended JSON text of a document (what booking_imports keeps) and its sha256. */
function withChecksum(source: SourceDocument, position: number): Read {
  const text = EJSON.stringify(source.document, { relaxed: false });
  return {
    ...source,
    position,
    sourceId: sourceIdOf(source.document._id),
    text,
    sha256: createHash("sha256").update(text).digest("hex"),
  };
}

/** The checksums already imported for this batch's ids. */
async function importedChecksums(db: Executor, batch: readonly Read[]): Promise<Map<string, string>> {
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
