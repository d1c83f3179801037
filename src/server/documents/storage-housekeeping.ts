import "server-only";
import { sql } from "drizzle-orm";
import { arrayParam, queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import type { StorageDriver } from "@/server/storage/storage-driver";
import { QUARANTINE_PREFIX } from "@/server/storage/storage-keys";
import { DOCUMENT_RESTORE_DAYS, UNATTACHED_UPLOAD_HOURS } from "./document-limits";
import { bookingsWithUnplacedDocuments, placeAttachedDocuments } from "./place-document";

/**
 * Queues the objects of the documents matched by `where` for deletion and deletes their rows, in one
 * statement: the rows and the deletion tasks commit together.
 */
function deleteDocumentsAndQueueObjects(where: ReturnType<typeof sql>) {
  return sql`
    with gone as (
      delete from booking_documents d where ${where}
      returning d.storage_key, d.thumbnail_key
    ), queued as (
      insert into storage_deletions (storage_key)
      select storage_key from gone
      union all
      select thumbnail_key from gone where thumbnail_key is not null
    )
    select count(*)::int as count from gone`;
}

/** Every object of one booking's documents, queued in the caller's transaction (a booking being purged). */
export async function queueBookingDocumentObjects(tx: Executor, bookingId: string): Promise<void> {
  await queryRows(tx, deleteDocumentsAndQueueObjects(sql`d.booking_id = ${bookingId}`));
}

/** Documents deleted more than 30 days ago: their rows go, their objects are queued. */
export async function purgeDeletedDocuments(db: Executor): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    deleteDocumentsAndQueueObjects(
      sql`d.deleted_at < now() - make_interval(days => ${DOCUMENT_RESTORE_DAYS})
        and not exists (select 1 from booking_documents newer where newer.supersedes_id = d.id and newer.deleted_at is null)`,
    ),
  );
  return row?.count ?? 0;
}

/**
 * Uploads older than a day that never became part of a booking (an abandoned form), and refused or
 * never-sent uploads: rows deleted, objects queued.
 */
export async function sweepStaleUploads(db: Executor): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    deleteDocumentsAndQueueObjects(
      sql`d.created_at < now() - make_interval(hours => ${UNATTACHED_UPLOAD_HOURS})
        and (d.booking_id is null or d.status <> 'ready')`,
    ),
  );
  return row?.count ?? 0;
}

/**
 * Objects in quarantine older than a day that no row owns (a crash between writing and recording):
 * deleted. A quarantined object whose row still needs it is left alone.
 */
export async function sweepQuarantine(db: Executor, storage: StorageDriver): Promise<number> {
  const cutoff = Date.now() - UNATTACHED_UPLOAD_HOURS * 3_600_000;
  const old = (await storage.list(QUARANTINE_PREFIX)).filter((object) => object.lastModified.getTime() < cutoff);
  if (old.length === 0) return 0;
  const owned = await queryRows<{ storage_key: string }>(
    db,
    sql`select storage_key from booking_documents where storage_key = any(${arrayParam(
      old.map((object) => object.key),
      "text",
    )})`,
  );
  const ownedKeys = new Set(owned.map((row) => row.storage_key));
  const orphans = old.filter((object) => !ownedKeys.has(object.key));
  for (const orphan of orphans) await storage.delete(orphan.key);
  return orphans.length;
}

const RETRY_MINUTES = [1, 5, 30, 120, 720];

/** Carries out queued object deletions; a failure is retried later, never dropped. */
export async function processStorageDeletions(db: Executor, storage: StorageDriver, limit = 200): Promise<number> {
  const due = await queryRows<{ id: number; storage_key: string; attempts: number }>(
    db,
    sql`select id, storage_key, attempts from storage_deletions where not_before <= now() order by id limit ${limit}`,
  );
  let done = 0;
  for (const task of due) {
    try {
      await storage.delete(task.storage_key);
      await queryRows(db, sql`delete from storage_deletions where id = ${task.id}`);
      done += 1;
    } catch (error) {
      const minutes = RETRY_MINUTES[Math.min(task.attempts, RETRY_MINUTES.length - 1)]!;
      await queryRows(
        db,
        sql`update storage_deletions set attempts = attempts + 1, last_error = ${String((error as Error).message).slice(0, 500)},
          not_before = now() + make_interval(mins => ${minutes}) where id = ${task.id}`,
      );
    }
  }
  return done;
}

/** The worker's hourly documents housekeeping, in an order where each step's output feeds the next. */
export async function documentsHousekeeping(db: Executor, storage: StorageDriver) {
  let placed = 0;
  for (const bookingId of await bookingsWithUnplacedDocuments(db))
    placed += await placeAttachedDocuments(db, storage, bookingId);
  const purged = await purgeDeletedDocuments(db);
  const swept = await sweepStaleUploads(db);
  const orphans = await sweepQuarantine(db, storage);
  const deleted = await processStorageDeletions(db, storage);
  return { placed, purged, swept, orphans, deleted };
}
