import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { bookings, customers } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";

/** A customer's own bookings: matched by the email they booked with, never anyone else's. */
export async function findOwnBookings({ db, actor }: { db: Executor; actor: Actor | null }) {
  const customer = requirePermission(actor, "ownBookings.read");
  return db
    .select({
      reference: bookings.reference,
      status: bookings.status,
      originCity: bookings.originCity,
      originCountry: bookings.originCountry,
      destinationCity: bookings.destinationCity,
      destinationCountry: bookings.destinationCountry,
      travelDate: bookings.travelDate,
      petNames: sql<string>`(select string_agg(p.name, ', ' order by p.position) from pets p where p.booking_id = ${bookings.id})`,
    })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .where(and(sql`lower(${customers.email}) = lower(${customer.email})`, isNull(bookings.deletedAt)))
    .orderBy(desc(bookings.createdAt));
}
