import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { bookingEvents, bookings, customers, emailOutbox, pets } from "@/db/schema";
import type { Executor } from "@/db/types";
import { can, requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { assertPlausibleReference } from "./reference";
import type { BookingDetail } from "@/contracts/bookings/booking-views";

/**
 * One live booking in depth (customer, pets, history, emails). Staff and admins see any booking; a
 * customer only their own, and anyone else's is NOT_FOUND (never FORBIDDEN: it must not confirm it exists).
 */
export async function getBooking({
  db,
  actor,
  reference,
  includeDeleted = false,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  /** Deleted bookings too (for restoring them); honoured only for those who may delete. */
  includeDeleted?: boolean;
}): Promise<BookingDetail> {
  const ownOnly = actor?.role === "customer";
  requirePermission(actor, ownOnly ? "ownBookings.read" : "bookings.read");
  const withDeleted = includeDeleted && can(actor, "bookings.delete");
  assertPlausibleReference(reference);
  const [row] = await db
    .select({ booking: bookings, customer: customers })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(
      and(
        eq(bookings.reference, reference),
        withDeleted ? undefined : isNull(bookings.deletedAt),
        ownOnly ? sql`lower(${customers.email}) = lower(${actor.email})` : undefined,
      ),
    );
  if (!row) throw new AppError("NOT_FOUND", `No booking ${reference}`);
  const [bookingPets, events, emails] = await Promise.all([
    db.select().from(pets).where(eq(pets.bookingId, row.booking.id)).orderBy(asc(pets.position)),
    db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, row.booking.id))
      .orderBy(desc(bookingEvents.createdAt)),
    db
      .select({
        id: emailOutbox.id,
        template: emailOutbox.template,
        toAddress: emailOutbox.toAddress,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.bookingId, row.booking.id))
      .orderBy(desc(emailOutbox.createdAt)),
  ]);
  const { searchText: _searchText, idempotencyKey: _idempotencyKey, ...booking } = row.booking;
  return { ...booking, customer: row.customer, pets: bookingPets, events, emails };
}
