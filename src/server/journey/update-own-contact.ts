import "server-only";
import { eq, sql } from "drizzle-orm";
import { bookings, customers, type Customer } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { FieldChange } from "@/contracts/bookings/booking-events";
import { contactUpdateSchema, type CustomerContact } from "@/contracts/journey/contact";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { refreshSearchText } from "@/server/bookings/update-booking";
import { AppError } from "../errors";
import { parseInput } from "../validation";

const NO_CUSTOMER = "We have no booking details for your account";
const MESSAGE = "Some details need attention";
const EMAIL_IS_IDENTITY = "Your email is how you sign in, so it cannot be changed here";

const contactOf = (customer: Customer): CustomerContact => ({
  email: customer.email,
  phone: customer.phone,
  whatsapp: customer.whatsapp,
  preferredContact: customer.preferredContact,
});

/** The signed-in customer's row: the one whose email they sign in with (matched case-insensitively). */
async function ownCustomer(db: Executor, email: string, lock: boolean): Promise<Customer> {
  const query = db
    .select()
    .from(customers)
    .where(sql`lower(${customers.email}) = lower(${email})`);
  const [customer] = lock ? await query.for("update") : await query;
  if (!customer) throw new AppError("NOT_FOUND", NO_CUSTOMER);
  return customer;
}

/** The portal's contact form and GET of it: the customer's details as they are now. */
export async function getOwnContact({ db, actor }: { db: Executor; actor: Actor | null }): Promise<CustomerContact> {
  const customer = requirePermission(actor, "ownContact.edit");
  return contactOf(await ownCustomer(db, customer.email, false));
}

// The same field names and words as the team's edit (update-booking.ts), so the timeline reads alike.
const CONTACT_FIELDS = [
  { key: "phone", field: "customer.phone", label: "Phone" },
  { key: "whatsapp", field: "customer.whatsapp", label: "WhatsApp" },
  { key: "preferredContact", field: "customer.preferredContact", label: "Preferred contact" },
] as const;

/**
 * PATCH /api/v1/me/contact and the portal's form: the customer corrects their phone, WhatsApp or preferred
 * contact (never the email: it is how they sign in, and the strict schema refuses it). One transaction:
 * the customer row, the search text of all their bookings, and a `contact_changed` event (only the
 * fields that really changed) on each live booking (not deleted, not completed or cancelled), which the
 * team sees on its record. Nothing changed → nothing is written.
 */
export async function updateOwnContact({
  db,
  actor,
  input,
}: {
  db: Executor;
  actor: Actor | null;
  input: unknown;
}): Promise<CustomerContact> {
  const allowed = requirePermission(actor, "ownContact.edit");
  // The strict schema refuses any other key; the email gets its own reason, beside its name.
  if (input !== null && typeof input === "object" && "email" in input)
    throw new AppError("VALIDATION", MESSAGE, { fields: { email: EMAIL_IS_IDENTITY } });
  const update = parseInput(contactUpdateSchema, input, MESSAGE);
  return db.transaction(async (tx) => {
    const customer = await ownCustomer(tx, allowed.email, true);
    const next: CustomerContact = {
      ...contactOf(customer),
      ...(update.phone !== undefined ? { phone: update.phone } : {}),
      ...(update.whatsapp !== undefined ? { whatsapp: update.whatsapp } : {}),
      ...(update.preferredContact !== undefined ? { preferredContact: update.preferredContact } : {}),
    };
    const changes: FieldChange[] = CONTACT_FIELDS.flatMap(({ key, field, label }) =>
      customer[key] === next[key] ? [] : [{ field, label, from: customer[key], to: next[key] }],
    );
    if (changes.length === 0) return contactOf(customer);

    const [saved] = await tx
      .update(customers)
      .set({
        phone: next.phone,
        whatsapp: next.whatsapp,
        preferredContact: next.preferredContact,
        updatedAt: new Date(),
      })
      .where(eq(customers.id, customer.id))
      .returning();
    const owned = await tx
      .select({ id: bookings.id, status: bookings.status, deletedAt: bookings.deletedAt })
      .from(bookings)
      .where(eq(bookings.customerId, customer.id));
    // Deleted bookings keep a search text too (admins find them to restore them).
    await refreshSearchText(
      tx,
      saved!,
      owned.map((booking) => booking.id),
    );
    const live = owned.filter(
      (booking) => booking.deletedAt === null && booking.status !== "completed" && booking.status !== "cancelled",
    );
    for (const booking of live) {
      await recordBookingEvent(tx, {
        bookingId: booking.id,
        actorId: allowed.id,
        type: "contact_changed",
        data: { changes },
      });
    }
    return contactOf(saved!);
  });
}
