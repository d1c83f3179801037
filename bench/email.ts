import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import type { Database } from "@/db/types";
import { processOutboxBatch } from "@/server/email/process-outbox";
import { createSmtpTransport } from "@/server/email/transports/smtp";
import { sampleBooking } from "@/emails/samples";

export type EmailBenchResult = { emails: number; seconds: number; emailsPerSecond: number; workers: number };

/** A real SMTP server on loopback that accepts and discards, counting messages. */
async function startSink(): Promise<{ port: number; received: () => number; stop: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Queues `count` booking-received emails, then drains the outbox with `workers` workers over SMTP. */
export async function benchEmailWorker(db: Database, count: number, workers = 2): Promise<EmailBenchResult> {
  const sink = await startSink();
  await db.execute(sql`
    insert into email_outbox (idempotency_key, template, to_address, data)
    select 'bench/' || g || '/' || gen_random_uuid(), 'booking_received', 'customer' || g || '@example.com', ${JSON.stringify(sampleBooking)}::jsonb
    from generate_series(1, ${count}) g`);
  const transports = Array.from({ length: workers }, () => createSmtpTransport(`smtp://127.0.0.1:${sink.port}`));
  const started = performance.now();
  await Promise.all(
    transports.map(async (transport) => {
      while (
        (await processOutboxBatch({
          db,
          transport,
          from: "PawPath Bookings <bookings@pawpathsae.com>",
          batchSize: 20,
        })) > 0
      ) {
        // Keep draining until nothing is due.
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(transports.map((t) => t.close?.()));
  await sink.stop();
  const emails = sink.received();
  return {
    emails,
    seconds: Math.round(seconds * 100) / 100,
    emailsPerSecond: Math.round((emails / seconds) * 10) / 10,
    workers,
  };
}
