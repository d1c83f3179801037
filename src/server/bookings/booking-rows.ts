import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { bookings, customers, pets, type Booking, type Customer } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { BookingSummary } from "@/emails/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import type { Permission } from "@/server/access/permissions";
import { AppError } from "../errors";
import { assertPlausibleReference } from "./reference";
import { routeOf } from "@/contracts/bookings/booking-route";

/**
 * The permission check of every team action on one booking. A customer gets NOT_FOUND whichever
 * booking they name, their own or anyone's, so these routes never confirm that a booking exists.
 */
export function requireBookingPermission(actor: Actor | null, permission: Permission, reference: string): Actor {
  if (actor?.role === "customer") throw new AppError("NOT_FOUND", `No booking ${reference}`);
  return requirePermission(actor, permission);
}

/**
 * A live booking and its customer, row-locked until the caller's transaction ends: changes to one
 * booking queue behind each other instead of overwriting each other.
 */
export async function lockLiveBooking(
  tx: Executor,
  reference: string,
): Promise<{ booking: Booking; customer: Customer }> {
  assertPlausibleReference(reference);
  const [row] = await tx
    .select({ booking: bookings, customer: customers })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(and(eq(bookings.reference, reference), isNull(bookings.deletedAt)))
    .for("update", { of: bookings });
  if (!row) throw new AppError("NOT_FOUND", `No booking ${reference}`);
  return row;
}

/** Refuses a change made from an older copy of the booking (optimistic concurrency). */
export function assertCurrentVersion(
  booking: Booking,
  expected: number | undefined,
  via: "if-match" | "body" = "body",
): void {
  if (expected === undefined || expected === booking.version) return;
  throw new AppError(
    via === "if-match" ? "PRECONDITION_FAILED" : "CONFLICT",
    `Booking ${booking.reference} was changed by someone else since you opened it (your version ${expected}, now ${booking.version}). Reload to see the changes.`,
    {
      fields: { version: `The booking is now at version ${booking.version}` },
      details: { currentVersion: booking.version },
    },
  );
}

/** What the customer emails say about a booking, as it is now. */
export async function bookingEmailSummary(tx: Executor, booking: Booking, customer: Customer): Promise<BookingSummary> {
  const bookingPets = await tx
    .select({ name: pets.name, species: pets.species, breed: pets.breed })
    .from(pets)
    .where(eq(pets.bookingId, booking.id))
    .orderBy(asc(pets.position));
  return {
    reference: booking.reference,
    customerName: customer.fullName,
    customerEmail: customer.email,
    customerPhone: customer.phone,
    route: routeOf(booking),
    pets: bookingPets,
    specialRequests: booking.specialRequests,
  };
}

/** Bumps the version and the update time of a booking inside the caller's transaction. */
export async function touchBooking(
  tx: Executor,
  booking: Booking,
  changes: Partial<typeof bookings.$inferInsert> = {},
): Promise<number> {
  const version = booking.version + 1;
  await tx
    .update(bookings)
    .set({ ...changes, version, updatedAt: sql`now()` })
    .where(eq(bookings.id, booking.id));
  return version;
}
