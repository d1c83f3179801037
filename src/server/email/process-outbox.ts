import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import type { Database } from "@/db/types";
import { renderEmail } from "./render-email";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./retry-policy";
import { EmailDeliveryError, type EmailTransport } from "./transport";

export type ProcessOptions = {
  db: Database;
  transport: EmailTransport;
  from: string;
  replyTo?: string;
  batchSize?: number;
  /**
   * How long a claimed message is ours before another worker may take it over. Longer than a batch can
   * take: 20 messages over 5 SMTP connections at a 60 s socket timeout is 4 minutes at worst.
   */
  leaseSeconds?: number;
  retryDelay?: (attempt: number) => number;
};

/**
 * Claims due messages (SKIP LOCKED, so concurrent workers never take the same row), including ones
 * whose sender died mid-send (lease expired), and counts the attempt in the same statement.
 */
async function claimDue(db: Database, batchSize: number, leaseSeconds: number): Promise<OutboxEmail[]> {
  return db
    .update(emailOutbox)
    .set({
      status: "sending",
      attempts: sql`${emailOutbox.attempts} + 1`,
      leaseExpiresAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
      updatedAt: sql`now()`,
    })
    .where(
      sql`${emailOutbox.id} in (
        select id from email_outbox
        where (status in ('queued', 'failed') and next_attempt_at <= now())
           or (status = 'sending' and lease_expires_at < now())
        order by next_attempt_at
        limit ${batchSize}
        for update skip locked)`,
    )
    .returning();
}

async function deliver(message: OutboxEmail, options: ProcessOptions): Promise<void> {
  const { db, transport } = options;
  const stillOurs = and(eq(emailOutbox.id, message.id), eq(emailOutbox.status, "sending"), eq(emailOutbox.attempts, message.attempts));
  try {
    const rendered = await renderEmail(message.template, message.data);
    const result = await transport.send({
      from: options.from,
      to: message.toAddress,
      replyTo: options.replyTo,
      ...rendered,
      idempotencyKey: message.idempotencyKey,
    });
    await db
      .update(emailOutbox)
      .set({
        status: "sent",
        sentAt: sql`now()`,
        provider: transport.name,
        providerMessageId: result.providerMessageId ?? null,
        lastError: null,
        leaseExpiresAt: null,
        updatedAt: sql`now()`,
      })
      .where(stillOurs);
  } catch (error) {
    const permanent = error instanceof EmailDeliveryError && error.permanent;
    const dead = permanent || message.attempts >= MAX_ATTEMPTS;
    const delay = (options.retryDelay ?? retryDelaySeconds)(message.attempts);
    await db
      .update(emailOutbox)
      .set({
        status: dead ? "dead" : "failed",
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
        provider: transport.name,
        nextAttemptAt: sql`now() + make_interval(secs => ${dead ? 0 : delay})`,
        leaseExpiresAt: null,
        updatedAt: sql`now()`,
      })
      .where(stillOurs);
  }
}

/** Sends one batch of due messages; returns how many were claimed. */
export async function processOutboxBatch(options: ProcessOptions): Promise<number> {
  const claimed = await claimDue(options.db, options.batchSize ?? 20, options.leaseSeconds ?? 600);
  await Promise.all(claimed.map((message) => deliver(message, options)));
  return claimed.length;
}
