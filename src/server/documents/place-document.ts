import "server-only";
import { and, eq, isNull, like, sql } from "drizzle-orm";
import { bookingDocuments, type BookingDocument } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { StorageDriver } from "@/server/storage/storage-driver";
import { bookingDocumentKey, QUARANTINE_PREFIX } from "@/server/storage/storage-keys";
import { makeThumbnail } from "./thumbnail";

export type PlacedObjects = { storageKey: string; thumbnailKey: string | null };

/**
 * Copies a checked document from quarantine to its booking's folder and makes its thumbnail. The
 * quarantine copy is deleted by the caller once the row points at the new key: a row never points at a
 * missing object. Keys depend only on ids, so placing twice writes the same objects.
 */
export async function copyIntoPlace(
  storage: StorageDriver,
  document: Pick<BookingDocument, "id" | "storageKey">,
  bookingId: string,
  contentType: string,
): Promise<PlacedObjects> {
  const storageKey = bookingDocumentKey(bookingId, document.id);
  await storage.copy(document.storageKey, storageKey);
  const thumbnailKey = await makeThumbnail(storage, { key: storageKey, contentType, bookingId, id: document.id });
  return { storageKey, thumbnailKey };
}

/**
 * Moves the ready documents a new booking took from its form (they waited in quarantine) into the
 * booking's folder. Run right after intake, and by the worker for any an interrupted intake left.
 * Returns how many were moved.
 */
export async function placeAttachedDocuments(db: Executor, storage: StorageDriver, bookingId: string): Promise<number> {
  const waiting = await db
    .select()
    .from(bookingDocuments)
    .where(
      and(
        eq(bookingDocuments.bookingId, bookingId),
        eq(bookingDocuments.status, "ready"),
        isNull(bookingDocuments.deletedAt),
        like(bookingDocuments.storageKey, `${QUARANTINE_PREFIX}%`),
      ),
    );
  let moved = 0;
  for (const document of waiting) {
    const placed = await copyIntoPlace(storage, document, bookingId, document.contentType);
    const [updated] = await db
      .update(bookingDocuments)
      .set(placed)
      .where(and(eq(bookingDocuments.id, document.id), eq(bookingDocuments.storageKey, document.storageKey)))
      .returning({ id: bookingDocuments.id });
    // Whoever moved it first deletes the quarantine copy; the keys are the same for both, so the
    // slower one leaves the placed objects alone.
    if (updated) {
      await storage.delete(document.storageKey);
      moved += 1;
    }
  }
  return moved;
}

/** Bookings with attached documents still in quarantine (an intake interrupted before it moved them). */
export async function bookingsWithUnplacedDocuments(db: Executor, limit = 100): Promise<string[]> {
  const rows = await db
    .selectDistinct({ bookingId: bookingDocuments.bookingId })
    .from(bookingDocuments)
    .where(
      and(
        sql`${bookingDocuments.bookingId} is not null`,
        eq(bookingDocuments.status, "ready"),
        isNull(bookingDocuments.deletedAt),
        like(bookingDocuments.storageKey, `${QUARANTINE_PREFIX}%`),
      ),
    )
    .limit(limit);
  return rows.flatMap((row) => (row.bookingId ? [row.bookingId] : []));
}
