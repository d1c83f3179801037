import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { bookings, emailOutbox } from "@/db/schema";
import type { Actor } from "@/server/access/actor";
import { changeBookingStatus } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { processOutboxBatch } from "@/server/email/process-outbox";
import type { EmailTransport, OutgoingEmail } from "@/server/email/transport";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";

const FROM = "PawPath Bookings <bookings@pawpathsae.com>";

beforeAll(() => {
  process.env.OPS_EMAIL = "ops@pawpathsae.test";
});

/**
 * Records what the provider has accepted, in the order it accepted it. Its first request is slow (a
 * connection being opened), so a message sent alongside it would be accepted first.
 */
function slowStartTransport() {
  const accepted: OutgoingEmail[] = [];
  let requests = 0;
  const transport: EmailTransport = {
    name: "recording",
    async send(email) {
      requests += 1;
      if (requests === 1) await new Promise((resolve) => setTimeout(resolve, 100));
      accepted.push(email);
      return { providerMessageId: `recorded-${accepted.length}` };
    },
  };
  return { transport, accepted };
}

describeEachDatabase("email order", (getDb) => {
  let staff: Actor;

  beforeAll(async () => {
    ({ staff } = await createTeam(getDb(), { staff: { name: "Sara" } }));
  });

  beforeEach(async () => {
    await getDb().delete(emailOutbox);
  });

  it("sends a booking's emails to its customer in the order they were queued", async () => {
    const db = getDb();
    const { reference } = await createBooking({ db, body: bookingBody(), source: "api" });
    for (const status of ["confirmed", "in_progress", "cancelled"] as const) {
      await changeBookingStatus({ db, actor: staff, reference, input: { status, notifyCustomer: true } });
    }
    const [booking] = await db.select({ id: bookings.id }).from(bookings).where(eq(bookings.reference, reference));
    const queued = await db
      .select({ to: emailOutbox.toAddress, key: emailOutbox.idempotencyKey, template: emailOutbox.template })
      .from(emailOutbox)
      .where(eq(emailOutbox.bookingId, booking!.id))
      .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id));
    const customer = queued.at(-1)!.to;
    const customerKeys = queued.filter((m) => m.to === customer).map((m) => m.key);
    expect(queued.filter((m) => m.to === customer).map((m) => m.template)).toEqual(
      expect.arrayContaining(["booking_confirmed", "booking_in_progress", "booking_cancelled"]),
    );
    expect(customerKeys.length).toBeGreaterThanOrEqual(3);

    const { transport, accepted } = slowStartTransport();
    expect(await processOutboxBatch({ db, transport, from: FROM })).toBe(queued.length);

    expect(accepted.filter((email) => email.to === customer).map((email) => email.idempotencyKey)).toEqual(
      customerKeys,
    );
    // Never lost, never twice: each message accepted once.
    expect(accepted.map((email) => email.idempotencyKey).sort()).toEqual(queued.map((m) => m.key).sort());
  });
});
