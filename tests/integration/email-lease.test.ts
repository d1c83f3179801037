import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { emailOutbox } from "@/db/schema";
import { createBooking } from "@/server/bookings/create-booking";
import { claimDueEmails, processOutboxBatch } from "@/server/email/process-outbox";
import type { EmailTransport, OutgoingEmail } from "@/server/email/transport";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";

const FROM = "PawPath Bookings <bookings@pawpathsae.com>";
// States, not wall-clock windows: these only bound how long a busy machine may take to reach them.
const STATE_TIMEOUT = { timeout: 60_000, interval: 20 };

beforeAll(() => {
  process.env.OPS_EMAIL = "ops@pawpathsae.test";
});

/** Records what it sends; with a gate, every send waits until the test opens it (a slow SMTP server). */
function recordingTransport(gate?: Promise<void>) {
  const sent: OutgoingEmail[] = [];
  let started = 0;
  const transport: EmailTransport = {
    name: "recording",
    async send(email) {
      started += 1;
      await gate;
      sent.push(email);
      return { providerMessageId: `recorded-${sent.length}` };
    },
  };
  return { transport, sent, started: () => started };
}

/** A clock the test moves: leases are measured by it instead of the database's now(). */
function testClock() {
  // A second ahead of the database's clock, so the booking's emails are already due by it.
  const start = Date.now() + 1000;
  let current = start;
  return {
    now: () => new Date(current),
    at: (secondsAfterStart: number) => {
      current = start + secondsAfterStart * 1000;
      return new Date(current);
    },
  };
}

describeEachDatabase("email lease and heartbeat", (getDb) => {
  beforeEach(async () => {
    await getDb().delete(emailOutbox);
  });

  it("takes over a crashed worker's emails once its short lease ends, well within 90 s, and sends each once", async () => {
    const db = getDb();
    await createBooking({ db, body: bookingBody(), source: "api" });
    const clock = testClock();
    // Worker A claims both emails and dies before sending: no heartbeat renews its claim.
    expect(await claimDueEmails(db, { now: clock.now })).toHaveLength(2);

    const b = recordingTransport();
    clock.at(30);
    expect(await processOutboxBatch({ db, transport: b.transport, from: FROM, now: clock.now })).toBe(0);
    clock.at(61);
    expect(await processOutboxBatch({ db, transport: b.transport, from: FROM, now: clock.now })).toBe(2);

    expect(b.sent).toHaveLength(2);
    const rows = await db.select().from(emailOutbox);
    expect(rows.map((row) => [row.status, row.attempts, row.leaseExpiresAt])).toEqual([
      ["sent", 2, null],
      ["sent", 2, null],
    ]);
  });

  it("keeps a live worker's slow batch leased past many lease lengths, so no other worker sends it again", async () => {
    const db = getDb();
    await createBooking({ db, body: bookingBody(), source: "api" });
    const clock = testClock();
    let openGate = () => {};
    const slow = recordingTransport(new Promise<void>((resolve) => (openGate = resolve)));
    const other = recordingTransport();
    const slowBatch = processOutboxBatch({
      db,
      transport: slow.transport,
      from: FROM,
      now: clock.now,
      heartbeatMs: 10,
    });
    await vi.waitFor(() => expect(slow.started()).toBe(2), STATE_TIMEOUT);

    // Each step is past the lease the previous renewal gave (60 s): only the heartbeat keeps the rows.
    for (const seconds of [50, 100, 150, 200]) {
      const now = clock.at(seconds);
      await vi.waitFor(async () => {
        const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.status, "sending"));
        expect(rows).toHaveLength(2);
        for (const row of rows) expect(row.leaseExpiresAt!.getTime()).toBeGreaterThan(now.getTime() + 50_000);
      }, STATE_TIMEOUT);
      expect(await processOutboxBatch({ db, transport: other.transport, from: FROM, now: clock.now })).toBe(0);
    }

    openGate();
    expect(await slowBatch).toBe(2);
    expect(slow.sent).toHaveLength(2);
    expect(other.sent).toHaveLength(0);
    const rows = await db.select().from(emailOutbox);
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
    ]);
  });
});
