import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { bookings } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isBookingReference } from "@/contracts/bookings/booking-reference";

/** Whether a live booking has this reference. Reveals nothing else, so it needs no sign-in. */
export async function bookingExists({ db, reference }: { db: Executor; reference: string }): Promise<boolean> {
  if (!isBookingReference(reference)) return false;
  const rows = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.reference, reference), isNull(bookings.deletedAt)))
    .limit(1);
  return rows.length > 0;
}
