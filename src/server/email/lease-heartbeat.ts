import "server-only";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import type { Database } from "@/db/types";

/** A claimed row, named by its id and the attempt that claimed it (a later claim counts another attempt). */
export type LeaseClaim = { id: string; attempts: number };

export type LeaseHeartbeat = { stop: () => Promise<void> };

/**
 * Keeps a batch's claimed rows leased while the batch runs. The lease is short so that the rows of a
 * worker that died (kill -9, a lost VM) come free within one lease; a live worker renews it, so a slow
 * send (SMTP may wait 30 + 30 + 60 s) keeps its rows and is never sent a second time by another worker.
 * A renewal touches only rows still ours: still sending, at the attempt we claimed.
 */
export function startLeaseHeartbeat(options: {
  db: Database;
  claims: LeaseClaim[];
  leaseSeconds: number;
  everyMs: number;
  /** The time leases are measured from, as SQL: the database's now() unless a test supplies a clock. */
  leaseClock: () => SQL;
  onError: (error: unknown) => void;
}): LeaseHeartbeat {
  const { db, claims, leaseSeconds } = options;
  let beating: Promise<void> | undefined;
  const ours = or(
    ...claims.map((claim) => and(eq(emailOutbox.id, claim.id), eq(emailOutbox.attempts, claim.attempts))),
  );
  const renew = async () => {
    await db
      .update(emailOutbox)
      .set({ leaseExpiresAt: sql`${options.leaseClock()} + make_interval(secs => ${leaseSeconds})` })
      .where(and(eq(emailOutbox.status, "sending"), ours));
  };
  const timer = setInterval(() => {
    // One renewal at a time: a slow database must not pile them up.
    beating ??= renew()
      .catch(options.onError)
      .finally(() => {
        beating = undefined;
      });
  }, options.everyMs);
  // The heartbeat alone must not keep a process alive that has nothing else to do.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await beating;
    },
  };
}
