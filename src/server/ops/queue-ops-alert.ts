import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { z } from "zod";
import { getConfig } from "@/config/env";
import type { Database } from "@/db/types";
import { enqueueEmail } from "../email/enqueue-email";
import { parseInput } from "../validation";

/** The newest lines are what explains a failure; an email of megabytes of log helps nobody. */
export const OPS_ALERT_LOG_LINES = 80;
const LOG_MAX_CHARACTERS = 16_000;

export const opsAlertInputSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(3, { error: "Say what failed in a few words" })
    .max(200, { error: "Keep the subject under 200 characters" }),
  unit: z
    .string()
    .regex(/^[A-Za-z0-9@:._\\-]{1,256}$/, { error: "must be a systemd unit name such as pawpath-backup.service" })
    .optional(),
  log: z.string().default(""),
});

/** The last lines of a log, at most OPS_ALERT_LOG_LINES and 16,000 characters. */
export function logTail(log: string): string {
  const lines = log.replace(/\s+$/, "").split("\n").slice(-OPS_ALERT_LOG_LINES).join("\n");
  return lines.length <= LOG_MAX_CHARACTERS ? lines : `…${lines.slice(-LOG_MAX_CHARACTERS)}`;
}

/**
 * Queues one alert email to OPS_EMAIL through the outbox (the worker sends it, with retries), for a
 * server job that failed: the backup unit's OnFailure= runs this (`npm run ops:alert`).
 */
export async function queueOpsAlert({ db, input }: { db: Database; input: unknown }): Promise<{ to: string }> {
  const { subject, unit, log } = parseInput(opsAlertInputSchema, input, "The alert needs attention");
  const to = getConfig().OPS_EMAIL;
  await enqueueEmail(db, {
    template: "ops_alert",
    to,
    data: { subject, unit, host: os.hostname(), occurredAt: new Date().toISOString(), logTail: logTail(log) },
    // Every failure is its own alert: two failed nights are two emails.
    idempotencyKey: `ops-alert/${randomUUID()}`,
  });
  return { to };
}
