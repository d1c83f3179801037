import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import type { Database } from "@/db/types";
import { createBooking } from "@/server/bookings/create-booking";
import { processOutboxBatch } from "@/server/email/process-outbox";
import { createSmtpTransport } from "@/server/email/transports/smtp";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { TestSmtpServer } from "../support/smtp-server";

const FROM = "PawPath Bookings <bookings@pawpathsae.com>";

beforeAll(() => {
  process.env.OPS_EMAIL = "ops@pawpathsae.test";
});

/** Runs workers until nothing is due (retries made due at once by a zero delay). */
async function drain(db: Database, url: string, workers = 1) {
  const transports = Array.from({ length: workers }, () => createSmtpTransport(url));
  try {
    for (let round = 0; round < 20; round++) {
      const counts = await Promise.all(
        transports.map((transport) =>
          processOutboxBatch({ db, transport, from: FROM, batchSize: 5, retryDelay: () => 0 }),
        ),
      );
      if (counts.every((count) => count === 0)) return;
    }
  } finally {
    await Promise.all(transports.map((t) => t.close?.()));
  }
}

describeEachDatabase("email outbox and worker over SMTP", (getDb) => {
  const smtp = new TestSmtpServer();
  beforeAll(async () => {
    await smtp.start();
  });
  afterAll(async () => {
    await smtp.stop();
  });
  beforeEach(async () => {
    // Each test starts with an empty queue and an empty inbox.
    await getDb().delete(emailOutbox);
    smtp.received.length = 0;
  });

  it("queues the customer's and the operations' emails with the booking, and delivers them", async () => {
    const db = getDb();
    const body = bookingBody();
    const { reference } = await createBooking({ db, body, source: "web_form" });
    const queued = await db.select().from(emailOutbox);
    expect(queued.map((m) => [m.template, m.toAddress, m.status]).sort()).toEqual([
      ["booking_received", body.customer.email, "queued"],
      ["new_booking", "ops@pawpathsae.test", "queued"],
    ]);

    await drain(db, smtp.url);
    const customerMail = smtp.received.find((r) => r.envelopeTo.includes(body.customer.email));
    expect(customerMail?.mail.subject).toBe(`We have your booking ${reference}`);
    expect(customerMail?.mail.text).toContain("Luna");
    expect(customerMail?.mail.text).toContain("London");
    expect(customerMail?.mail.html).toContain(reference);
    expect(customerMail?.mail.headers.get("idempotency-key")).toMatch(/^booking-received\//);
    const opsMail = smtp.received.find((r) => r.envelopeTo.includes("ops@pawpathsae.test"));
    expect(opsMail?.mail.subject).toBe(`New booking ${reference}: ${body.customer.name}`);
    const sent = await db.select().from(emailOutbox);
    expect(sent.every((m) => m.status === "sent" && m.attempts === 1 && m.providerMessageId)).toBe(true);
  });

  it("writes no email when the booking's transaction rolls back", async () => {
    const db = getDb();
    const body = bookingBody();
    await db
      .transaction(async (tx) => {
        await createBooking({ db: tx, body, source: "api" });
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await db.$count(emailOutbox, eq(emailOutbox.toAddress, body.customer.email))).toBe(0);
  });

  it("retries while the SMTP server is down and delivers exactly once when it is back", async () => {
    const db = getDb();
    const body = bookingBody();
    await createBooking({ db, body, source: "api" });
    const port = smtp.port;
    await smtp.stop();
    await processOutboxBatch({
      db,
      transport: createSmtpTransport(`smtp://127.0.0.1:${port}`),
      from: FROM,
      retryDelay: () => 0,
    });
    const failed = await db.select().from(emailOutbox);
    expect(failed.every((m) => m.status === "failed" && m.attempts === 1 && m.lastError)).toBe(true);

    await smtp.start(port);
    await drain(db, smtp.url);
    expect(smtp.received.filter((r) => r.envelopeTo.includes(body.customer.email))).toHaveLength(1);
    const delivered = await db.select().from(emailOutbox);
    expect(delivered.every((m) => m.status === "sent" && m.attempts === 2)).toBe(true);
  });

  it("loses nothing when a worker dies mid-batch: another takes over once the lease ends", async () => {
    const db = getDb();
    await createBooking({ db, body: bookingBody(), source: "api" });
    // A worker claimed both messages and died before sending: they sit in "sending".
    await db
      .update(emailOutbox)
      .set({ status: "sending", attempts: 1, leaseExpiresAt: sql`now() + interval '2 minutes'` });
    await drain(db, smtp.url);
    expect(smtp.received).toHaveLength(0);
    await db.update(emailOutbox).set({ leaseExpiresAt: sql`now() - interval '1 second'` });
    await drain(db, smtp.url);
    expect(smtp.received).toHaveLength(2);
    expect(await db.$count(emailOutbox, eq(emailOutbox.status, "sent"))).toBe(2);
  });

  it("sends each message once when two workers run together", async () => {
    const db = getDb();
    for (let i = 0; i < 15; i++) await createBooking({ db, body: bookingBody(), source: "api" });
    await drain(db, smtp.url, 2);
    expect(smtp.received).toHaveLength(30);
    const keys = smtp.received.map((r) => r.mail.headers.get("idempotency-key"));
    expect(new Set(keys).size).toBe(30);
  });

  it("adds no recipient or header from a customer name built to inject them", async () => {
    const db = getDb();
    const body = bookingBody();
    body.customer.name = "Eve\r\nBcc: victim@evil.example\r\nX-Injected: yes";
    await createBooking({ db, body, source: "api" });
    await drain(db, smtp.url);
    const recipients = smtp.received.flatMap((r) => r.envelopeTo);
    expect(recipients.sort()).toEqual([body.customer.email, "ops@pawpathsae.test"].sort());
    for (const { mail } of smtp.received) {
      expect(mail.headers.has("x-injected")).toBe(false);
      expect(mail.bcc).toBeUndefined();
    }
  });

  it("marks a message dead at once when the server rejects the recipient", async () => {
    const db = getDb();
    const rejecting = await new TestSmtpServer({ rejectRecipients: true }).start();
    await createBooking({ db, body: bookingBody(), source: "api" });
    await processOutboxBatch({ db, transport: createSmtpTransport(rejecting.url), from: FROM });
    await rejecting.stop();
    const rows = await db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.template, ["booking_received"]));
    expect(rows[0]).toMatchObject({ status: "dead", attempts: 1 });
    expect(rows[0]?.lastError).toMatch(/550|No such user/);
  });
});
