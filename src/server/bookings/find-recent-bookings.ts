import "server-only";
import { desc, eq, isNull, sql } from "drizzle-orm";
import { bookings, customers } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "../auth/actor";

export type RecentBooking = {
  reference: string;
  status: string;
  customerName: string;
  petNames: string;
  originCountry: string;
  destinationCountry: string;
  travelDate: string;
  createdAt: Date;
};

/** The newest live bookings, for the back office's first screen. */
export async function findRecentBookings({ db, actor, limit = 25 }: { db: Executor; actor: Actor | null; limit?: number }): Promise<RecentBooking[]> {
  requirePermission(actor, "bookings.read");
  return db
    .select({
      reference: bookings.reference,
      status: bookings.status,
      customerName: customers.fullName,
      petNames: sql<string>`(select string_agg(p.name, ', ' order by p.position) from pets p where p.booking_id = ${bookings.id})`,
      originCountry: bookings.originCountry,
      destinationCountry: bookings.destinationCountry,
      travelDate: bookings.travelDate,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(isNull(bookings.deletedAt))
    .orderBy(desc(bookings.createdAt), desc(bookings.id))
    .limit(limit);
}
