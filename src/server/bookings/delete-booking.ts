import "server-only";
import { queueBookingDocumentObjects } from "@/server/documents/storage-housekeeping";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { bookings, customers, emailOutbox, users, type Booking } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { assertPlausibleReference } from "./reference";
import { lockLiveBooking, requireBookingPermission, touchBooking } from "./booking-rows";
import { recordBookingEvent } from "./record-booking-event";

/** How long a deleted booking can be restored. */
export const RESTORE_DAYS = 30;

const auditActor = (actor: Actor) => ({ id: actor.id, email: actor.email });

/** Takes a booking out of the table and the customer's view; restorable for RESTORE_DAYS days. */
export async function deleteBooking({
  db,
  actor,
  reference,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
}) {
  const allowed = requireBookingPermission(actor, "bookings.delete", reference);
  return db.transaction(async (tx) => {
    const { booking } = await lockLiveBooking(tx, reference);
    const version = await touchBooking(tx, booking, { deletedAt: new Date() });
    await recordBookingEvent(tx, { bookingId: booking.id, type: "deleted", actorId: allowed.id, data: { version } });
    await recordAudit(tx, {
      action: "booking_deleted",
      actor: auditActor(allowed),
      target: { type: "booking", id: booking.id, label: reference },
    });
    return { reference, version };
  });
}

async function lockDeletedBooking(tx: Executor, reference: string): Promise<Booking & { deletedDaysAgo: number }> {
  assertPlausibleReference(reference);
  const [row] = await tx
    .select({
      booking: bookings,
      deletedDaysAgo: sql<number>`extract(epoch from now() - ${bookings.deletedAt}) / 86400`,
    })
    .from(bookings)
    .where(and(eq(bookings.reference, reference), isNotNull(bookings.deletedAt)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", `No deleted booking ${reference}`);
  return { ...row.booking, deletedDaysAgo: Number(row.deletedDaysAgo) };
}

export async function restoreBooking({
  db,
  actor,
  reference,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
}) {
  const allowed = requireBookingPermission(actor, "bookings.delete", reference);
  return db.transaction(async (tx) => {
    const booking = await lockDeletedBooking(tx, reference);
    if (booking.deletedDaysAgo > RESTORE_DAYS) {
      throw new AppError(
        "CONFLICT",
        `Booking ${reference} was deleted more than ${RESTORE_DAYS} days ago and can no longer be restored`,
      );
    }
    const version = await touchBooking(tx, booking, { deletedAt: null });
    await recordBookingEvent(tx, { bookingId: booking.id, type: "restored", actorId: allowed.id, data: { version } });
    await recordAudit(tx, {
      action: "booking_restored",
      actor: auditActor(allowed),
      target: { type: "booking", id: booking.id, label: reference },
    });
    return { reference, version };
  });
}

/**
 * Permanently removes a deleted booking for a data-removal request: the booking, its pets, notes,
 * timeline and emails, and the customer (and their sign-in account) when nothing else of theirs
 * remains. Only an audit line with the reference is left.
 */
export async function purgeBooking({ db, actor, reference }: { db: Executor; actor: Actor | null; reference: string }) {
  const allowed = requireBookingPermission(actor, "bookings.delete", reference);
  return db.transaction(async (tx) => purgeDeleted(tx, await lockDeletedBooking(tx, reference), auditActor(allowed)));
}

/**
 * Deleted bookings past their RESTORE_DAYS are purged by the worker (an audit line each, by the
 * system): "restorable for 30 days" means gone after them. A batch at a time.
 */
export async function purgeExpiredBookings({ db, limit = 100 }: { db: Executor; limit?: number }): Promise<string[]> {
  const expired = await db
    .select({ reference: bookings.reference })
    .from(bookings)
    .where(
      and(isNotNull(bookings.deletedAt), sql`${bookings.deletedAt} < now() - make_interval(days => ${RESTORE_DAYS})`),
    )
    .limit(limit);
  const purged: string[] = [];
  for (const { reference } of expired) {
    await db.transaction(async (tx) => {
      const booking = await lockDeletedBooking(tx, reference).catch(() => null);
      if (booking && booking.deletedDaysAgo > RESTORE_DAYS) {
        await purgeDeleted(tx, booking, null);
        purged.push(reference);
      }
    });
  }
  return purged;
}

async function purgeDeleted(tx: Executor, booking: Booking, actor: { id: string; email: string } | null) {
  // Its documents' objects are queued for the worker in this transaction: none is left unowned.
  await queueBookingDocumentObjects(tx, booking.id);
  await tx.delete(emailOutbox).where(eq(emailOutbox.bookingId, booking.id));
  await tx.delete(bookings).where(eq(bookings.id, booking.id));
  const [others] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(eq(bookings.customerId, booking.customerId))
    .limit(1);
  let customerRemoved = false;
  if (!others) {
    const [customer] = await tx
      .delete(customers)
      .where(eq(customers.id, booking.customerId))
      .returning({ email: customers.email });
    if (customer) {
      await tx
        .delete(users)
        .where(and(sql`lower(${users.email}) = lower(${customer.email})`, eq(users.role, "customer")));
      customerRemoved = true;
    }
  }
  await recordAudit(tx, {
    action: "booking_purged",
    actor,
    target: { type: "booking", id: booking.id, label: booking.reference },
    details: { customerRemoved, ...(actor ? {} : { reason: `deleted more than ${RESTORE_DAYS} days ago` }) },
  });
  return { reference: booking.reference, customerRemoved };
}
