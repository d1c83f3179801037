import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { createTransport } from "./create-transport";
import { startEmailWorker, type EmailWorker } from "./email-worker";

/** The worker as configured: the provider EMAIL_PROVIDER names, sender and reply-to from settings. */
export function runConfiguredEmailWorker(): EmailWorker {
  const config = getConfig();
  return startEmailWorker({
    getDb,
    transport: createTransport(config, getDb),
    from: config.EMAIL_FROM,
    replyTo: config.EMAIL_REPLY_TO,
    pollMs: config.EMAIL_WORKER_POLL_MS,
  });
}
