import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import type { Database } from "@/db/types";
import { startLeaseHeartbeat } from "./lease-heartbeat";
import { renderEmail } from "./render-email";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./retry-policy";
import { trackUrlsFor, withTrackUrl } from "./track-links";
import { EmailDeliveryError, type EmailTransport } from "./transport";

export type ProcessOptions = {
  db: Database;
  transport: EmailTransport;
  from: string;
  replyTo?: string;
  batchSize?: number;
  /**
   * How long a claimed message is ours before another worker may take it over, unless renewed. The
   * heartbeat renews it while the batch runs, so it can be short: a crashed worker's messages are
   * taken over within a minute, however long a live worker's slow send takes.
   */
  leaseSeconds?: number;
  /** How often the heartbeat renews the lease: a third of it by default, so two renewals may fail. */
  heartbeatMs?: number;
  /** The clock leases and due times are measured by: the database's unless a test supplies one. */
  now?: () => Date;
  retryDelay?: (attempt: number) => number;
  onError?: (error: unknown) => void;
};

/** 60 s + the worker's poll: a crashed worker's messages go out again well within 90 s. */
export const DEFAULT_LEASE_SECONDS = 60;

type ClaimOptions = { batchSize?: number; leaseSeconds?: number; now?: () => Date };

function clockOf(now: (() => Date) | undefined): () => SQL {
  return now ? () => sql`${now().toISOString()}::timestamptz` : () => sql`now()`;
}

/**
 * Claims due messages (SKIP LOCKED, so concurrent workers never take the same row), including ones
 * whose sender died mid-send (lease expired), and counts the attempt in the same statement. Oldest
 * first, and returned in queue order (RETURNING keeps no order of its own). A message waits while an
 * older one to the same address is being sent by another batch or worker, so it cannot overtake it.
 */
export async function claimDueEmails(db: Database, options: ClaimOptions = {}): Promise<OutboxEmail[]> {
  const now = clockOf(options.now);
  const claimed = await db
    .update(emailOutbox)
    .set({
      status: "sending",
      attempts: sql`${emailOutbox.attempts} + 1`,
      leaseExpiresAt: sql`${now()} + make_interval(secs => ${options.leaseSeconds ?? DEFAULT_LEASE_SECONDS})`,
      updatedAt: sql`now()`,
    })
    .where(
      sql`${emailOutbox.id} in (
        select id from email_outbox m
        where ((status in ('queued', 'failed') and next_attempt_at <= ${now()})
            or (status = 'sending' and lease_expires_at < ${now()}))
          and not exists (
            select 1 from email_outbox older
            where older.status = 'sending' and older.lease_expires_at >= ${now()}
              and lower(older.to_address) = lower(m.to_address)
              and (older.created_at, older.id) < (m.created_at, m.id))
        order by created_at, id
        limit ${options.batchSize ?? 20}
        for update skip locked)`,
    )
    .returning();
  return claimed.sort(byQueueOrder);
}

function byQueueOrder(a: OutboxEmail, b: OutboxEmail): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Sends each recipient's messages one after another, in queue order (so "confirmed" never arrives
 * after "we are preparing…"), and different recipients' messages side by side.
 */
async function deliverInOrder(claimed: OutboxEmail[], send: (message: OutboxEmail) => Promise<void>): Promise<void> {
  const byRecipient = new Map<string, OutboxEmail[]>();
  for (const message of claimed) {
    const key = message.toAddress.toLowerCase();
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), message]);
  }
  await Promise.all(
    [...byRecipient.values()].map(async (messages) => {
      for (const message of messages) await send(message);
    }),
  );
}

async function deliver(message: OutboxEmail, options: ProcessOptions, trackUrl: string | undefined): Promise<void> {
  const { db, transport } = options;
  const stillOurs = and(
    eq(emailOutbox.id, message.id),
    eq(emailOutbox.status, "sending"),
    eq(emailOutbox.attempts, message.attempts),
  );
  try {
    const rendered = await renderEmail(message.template, withTrackUrl(message.data, trackUrl));
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
        nextAttemptAt: sql`${clockOf(options.now)()} + make_interval(secs => ${dead ? 0 : delay})`,
        leaseExpiresAt: null,
        updatedAt: sql`now()`,
      })
      .where(stillOurs);
  }
}

/** Sends one batch of due messages, keeping them leased while it runs; returns how many were claimed. */
export async function processOutboxBatch(options: ProcessOptions): Promise<number> {
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const claimed = await claimDueEmails(options.db, { ...options, leaseSeconds });
  if (claimed.length === 0) return 0;
  const heartbeat = startLeaseHeartbeat({
    db: options.db,
    claims: claimed,
    leaseSeconds,
    everyMs: options.heartbeatMs ?? (leaseSeconds * 1000) / 3,
    leaseClock: clockOf(options.now),
    onError: options.onError ?? ((error: unknown) => console.error("Worker: renewing the lease failed:", error)),
  });
  try {
    // The customers' "Follow your booking" links, for the whole batch in one query.
    const trackUrls = await trackUrlsFor(options.db, claimed);
    await deliverInOrder(claimed, (message) => deliver(message, options, trackUrls.get(message.id)));
  } finally {
    await heartbeat.stop();
  }
  return claimed.length;
}
