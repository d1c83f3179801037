import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getConfig } from "@/config/env";
import { bookingDocuments, pets, users, type Booking, type BookingDocument } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import type { Actor } from "@/server/access/actor";
import type { CompletedUpload } from "@/contracts/documents/views";
import { getStorage } from "@/server/storage/get-storage";
import type { StorageDriver } from "@/server/storage/storage-driver";
import { AppError } from "../errors";
import { enqueueEmail } from "../email/enqueue-email";
import { recordBookingEvent } from "../bookings/record-booking-event";
import { checkUploadedBytes, completedUpload, type CheckedBytes } from "./check-upload";
import { findDocumentsBooking, requireDocumentAccess } from "./document-access";
import { documentLimits } from "./document-limits";
import { liveDocumentsOf } from "./live-documents";
import { copyIntoPlace, type PlacedObjects } from "./place-document";
import { tooManyDocuments } from "./start-upload";

/**
 * The bytes of a booking's new document arrived: check them, move them into the booking's folder with
 * a thumbnail, and record it (the timeline; for a customer's upload, an email to the assignee or
 * operations). The booking's live documents are counted under its lock, so parallel uploads cannot pass
 * the limit. Completing twice answers the same.
 */
export async function completeBookingDocument(options: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  id: string;
}): Promise<CompletedUpload> {
  const { db, reference, id } = options;
  const actor = requireDocumentAccess(options.actor, "upload");
  const booking = await findDocumentsBooking(db, actor, reference);
  const document = await findBookingDocument(db, booking.id, id);
  if (document.status === "ready") return completedUpload(document);
  const storage = getStorage();
  const checked = await checkUploadedBytes(db, storage, document);
  const placed = await copyIntoPlace(storage, document, booking.id, checked.contentType);
  try {
    const completed = await db.transaction((tx) => recordCompleted(tx, actor, reference, document, checked, placed));
    await storage.delete(document.storageKey);
    return completed;
  } catch (error) {
    const [now] = await db.select().from(bookingDocuments).where(eq(bookingDocuments.id, id));
    if (now?.status === "ready") return completedUpload(now);
    await discardPlaced(storage, document, placed);
    if (error instanceof AppError && error.fields?.file) {
      await db
        .update(bookingDocuments)
        .set({ status: "rejected", rejectionReason: error.fields.file })
        .where(and(eq(bookingDocuments.id, id), eq(bookingDocuments.status, "pending")));
    }
    throw error;
  }
}

async function discardPlaced(storage: StorageDriver, document: BookingDocument, placed: PlacedObjects) {
  await Promise.all([
    storage.delete(document.storageKey),
    storage.delete(placed.storageKey),
    placed.thumbnailKey ? storage.delete(placed.thumbnailKey) : undefined,
  ]);
}

export async function findBookingDocument(db: Executor, bookingId: string, id: string): Promise<BookingDocument> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such document");
  const [document] = await db
    .select()
    .from(bookingDocuments)
    .where(
      and(eq(bookingDocuments.id, id), eq(bookingDocuments.bookingId, bookingId), isNull(bookingDocuments.deletedAt)),
    );
  if (!document) throw new AppError("NOT_FOUND", "No such document");
  return document;
}

async function recordCompleted(
  tx: Executor,
  actor: Actor,
  reference: string,
  document: BookingDocument,
  checked: CheckedBytes,
  placed: PlacedObjects,
): Promise<CompletedUpload> {
  const booking = await findDocumentsBooking(tx, actor, reference, { lock: true });
  const [current] = await tx
    .select({ status: bookingDocuments.status })
    .from(bookingDocuments)
    .where(eq(bookingDocuments.id, document.id))
    .for("update");
  if (current?.status !== "pending") throw new AppError("CONFLICT", `${document.displayName} was already checked`);
  const { maxFiles } = documentLimits();
  const live = await liveDocumentsOf(tx, booking.id, { excluding: document.id });
  const replacing = document.supersedesId && live.readyIds.includes(document.supersedesId);
  if (live.count - (replacing ? 1 : 0) >= maxFiles) throw tooManyDocuments(document.displayName, maxFiles);
  const [updated] = await tx
    .update(bookingDocuments)
    .set({
      status: "ready",
      contentType: checked.contentType,
      sizeBytes: checked.size,
      sha256: checked.sha256,
      storageKey: placed.storageKey,
      thumbnailKey: placed.thumbnailKey,
      supersedesId: replacing ? document.supersedesId : null,
    })
    .where(eq(bookingDocuments.id, document.id))
    .returning();
  const fields = {
    documentId: document.id,
    kind: document.kind,
    name: document.displayName,
    via: document.uploadedVia,
  };
  await recordBookingEvent(
    tx,
    replacing
      ? {
          bookingId: booking.id,
          actorId: actor.id,
          type: "document_replaced",
          data: { ...fields, supersededId: document.supersedesId! },
        }
      : { bookingId: booking.id, actorId: actor.id, type: "document_added", data: fields },
  );
  if (actor.role === "customer") await notifyTeam(tx, booking, document);
  return completedUpload(updated!);
}

/** A customer added a document: the booking's assignee hears of it, or operations when nobody is assigned. */
async function notifyTeam(
  tx: Executor,
  booking: Booking & { customerName: string },
  document: BookingDocument,
): Promise<void> {
  const config = getConfig();
  const [assignee] = booking.assigneeId
    ? await tx.select({ email: users.email }).from(users).where(eq(users.id, booking.assigneeId))
    : [];
  const [pet] = document.petId
    ? await tx.select({ name: pets.name }).from(pets).where(eq(pets.id, document.petId))
    : [];
  await enqueueEmail(tx, {
    template: "document_uploaded",
    to: assignee?.email ?? config.OPS_EMAIL,
    idempotencyKey: `document-uploaded/${document.id}`,
    bookingId: booking.id,
    data: {
      booking: { reference: booking.reference, customerName: booking.customerName },
      document: { kind: document.kind, name: document.displayName, petName: pet?.name ?? null },
      recordUrl: `${config.APP_URL.replace(/\/$/, "")}/admin/bookings/${booking.reference}`,
    },
  });
}
