import "server-only";
import { EJSON } from "bson";
import { eq } from "drizzle-orm";
import { bookingImports } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";

export type ImportedSubmission = { sourceId: string; runId: string; importedAt: Date; text: string };

/**
 * An imported booking's original submission, as readable text (relaxed Extended JSON, indented), for
 * admins only (`imports.read`): the old document holds everything the customer sent, unknown fields
 * included. Null for a booking that was not imported.
 */
export async function getImportedSubmission({
  db,
  actor,
  bookingId,
}: {
  db: Executor;
  actor: Actor | null;
  bookingId: string;
}): Promise<ImportedSubmission | null> {
  requirePermission(actor, "imports.read");
  const [row] = await db
    .select({
      sourceId: bookingImports.sourceId,
      runId: bookingImports.runId,
      importedAt: bookingImports.importedAt,
      document: bookingImports.document,
    })
    .from(bookingImports)
    .where(eq(bookingImports.bookingId, bookingId));
  if (!row) return null;
  const { document, ...rest } = row;
  return { ...rest, text: EJSON.stringify(EJSON.parse(document, { relaxed: false }), undefined, 2, { relaxed: true }) };
}
