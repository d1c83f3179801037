import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { bookingDocuments } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import type { Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { requireBookingPermission } from "../bookings/booking-rows";
import { recordBookingEvent } from "../bookings/record-booking-event";
import { findBookingDocument } from "./complete-booking-document";
import { findDocumentsBooking } from "./document-access";
import { DOCUMENT_RESTORE_DAYS, documentLimits } from "./document-limits";
import { liveDocumentsOf } from "./live-documents";

/** Deletes a document (admins): hidden at once, restorable for 30 days, then purged with its object. */
export async function deleteDocument(options: { db: Executor; actor: Actor | null; reference: string; id: string }) {
  const { db, reference, id } = options;
  const actor = requireBookingPermission(options.actor, "documents.delete", reference);
  await db.transaction(async (tx) => {
    const booking = await findDocumentsBooking(tx, actor, reference, { lock: true });
    const document = await findBookingDocument(tx, booking.id, id);
    await tx
      .update(bookingDocuments)
      .set({ deletedAt: sql`now()` })
      .where(eq(bookingDocuments.id, id));
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      actorId: actor.id,
      type: "document_deleted",
      data: { documentId: id, kind: document.kind, name: document.displayName },
    });
  });
}

/** Brings back a document deleted less than 30 days ago (admins), if the booking has room for it. */
export async function restoreDocument(options: { db: Executor; actor: Actor | null; reference: string; id: string }) {
  const { db, reference, id } = options;
  const actor = requireBookingPermission(options.actor, "documents.delete", reference);
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such document");
  await db.transaction(async (tx) => {
    const booking = await findDocumentsBooking(tx, actor, reference, { lock: true });
    const [document] = await tx
      .select()
      .from(bookingDocuments)
      .where(
        and(
          eq(bookingDocuments.id, id),
          eq(bookingDocuments.bookingId, booking.id),
          isNotNull(bookingDocuments.deletedAt),
          sql`${bookingDocuments.deletedAt} > now() - make_interval(days => ${DOCUMENT_RESTORE_DAYS})`,
        ),
      );
    if (!document) throw new AppError("NOT_FOUND", "No deleted document to restore");
    const { maxFiles } = documentLimits();
    if ((await liveDocumentsOf(tx, booking.id)).count >= maxFiles)
      throw new AppError(
        "CONFLICT",
        `${document.displayName} cannot be restored: the booking already holds ${maxFiles} documents`,
      );
    await tx.update(bookingDocuments).set({ deletedAt: null }).where(eq(bookingDocuments.id, id));
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      actorId: actor.id,
      type: "document_restored",
      data: { documentId: id, kind: document.kind, name: document.displayName },
    });
  });
}
