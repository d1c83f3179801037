import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { bookings, customers, type Booking } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { assertPlausibleReference } from "../bookings/reference";

export type DocumentAccess = "read" | "upload";

/**
 * Who may touch a booking's documents: the team by permission, a customer only on their own booking,
 * and anyone else's booking answers NOT_FOUND, as getBooking does (it must not confirm that it exists).
 * Returns the actor allowed.
 */
export function requireDocumentAccess(actor: Actor | null, access: DocumentAccess): Actor {
  if (actor?.role === "customer")
    return requirePermission(actor, access === "read" ? "ownBookings.read" : "ownDocuments.upload");
  return requirePermission(actor, access === "read" ? "documents.read" : "documents.upload");
}

/**
 * The live booking whose documents are asked for, restricted to the customer's own bookings for a
 * customer; `lock` takes the booking's row lock (for counting and adding under it).
 */
export async function findDocumentsBooking(
  db: Executor,
  actor: Actor,
  reference: string,
  options: { lock?: boolean } = {},
): Promise<Booking & { customerEmail: string; customerName: string }> {
  assertPlausibleReference(reference);
  const ownOnly = actor.role === "customer";
  const query = db
    .select({ booking: bookings, customerEmail: customers.email, customerName: customers.fullName })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(
      and(
        eq(bookings.reference, reference),
        isNull(bookings.deletedAt),
        ownOnly ? sql`lower(${customers.email}) = lower(${actor.email})` : undefined,
      ),
    );
  const [row] = options.lock ? await query.for("update", { of: bookings }) : await query;
  if (!row) throw new AppError("NOT_FOUND", `No booking ${reference}`);
  return { ...row.booking, customerEmail: row.customerEmail, customerName: row.customerName };
}
