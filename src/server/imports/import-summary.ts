import "server-only";
import type { SkipReason } from "./map-document";

/** What a run did (or, dry, would do); printed by the command and written to the audit log. */
export type ImportSummary = {
  runId: string;
  dryRun: boolean;
  read: number;
  /** Created, or in a dry run would be. */
  created: number;
  customersCreated: number;
  alreadyImported: { unchanged: number; changed: number };
  skipped: number;
  /** "field: message" → documents skipped for it (a document with two reasons counts under both). */
  skippedByReason: Record<string, number>;
  consent: { missing: number; assumed: number };
};

/** One skipped document, for the --report CSV: every reason, and where it is in the input. */
export type SkippedDocument = { position: number; line?: number; sourceId?: string; reasons: SkipReason[] };

export function emptySummary(runId: string, dryRun: boolean): ImportSummary {
  return {
    runId,
    dryRun,
    read: 0,
    created: 0,
    customersCreated: 0,
    alreadyImported: { unchanged: 0, changed: 0 },
    skipped: 0,
    skippedByReason: {},
    consent: { missing: 0, assumed: 0 },
  };
}

export function countSkipped(summary: ImportSummary, reasons: readonly SkipReason[]): void {
  summary.skipped += 1;
  for (const key of new Set(reasons.map((reason) => `${reason.field}: ${reason.message}`)))
    summary.skippedByReason[key] = (summary.skippedByReason[key] ?? 0) + 1;
}
