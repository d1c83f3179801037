import "server-only";
import { ConfigError, getConfig } from "@/config/env";
import { closeDb, getConnection } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { runConfiguredEmailWorker } from "@/server/system/run-worker";
import type { EmailWorker } from "@/server/system/worker-loop";
import { closeJourneyStreams } from "@/server/journey/journey-stream";
import { trackHttpRequests, type HttpDrain } from "./http-drain";
import { seedDemoDataIfEmpty } from "./seed-demo-data-if-empty";
import { workSettled } from "./work-in-flight";

const startedKey = Symbol.for("pawpath.started");

/**
 * Validates settings, opens (and for PGlite, migrates) the database and seeds demo data when asked.
 * A bad setting or a locked data folder stops the process with a clear message, not a stack trace.
 */
export async function startServer(): Promise<void> {
  const state = globalThis as { [startedKey]?: boolean };
  if (state[startedKey]) return;
  state[startedKey] = true;
  try {
    const config = getConfig();
    // First, so that every request is seen: SIGTERM answers them all before the database closes.
    const requests = trackHttpRequests();
    const { driver } = await getConnection();
    console.log(
      `PawPath Bookings: database ${driver === "pg" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.DATA_DIR}`}`,
    );
    if (config.SEED_DEMO_DATA) await seedDemoDataIfEmpty();
    // Sending never happens inside a web request: this worker (or `npm run worker`) does it.
    const worker = config.EMAIL_WORKER ? runConfiguredEmailWorker() : undefined;
    if (worker) console.log(`PawPath Bookings: email worker started (provider: ${config.EMAIL_PROVIDER})`);
    registerShutdown({ requests, worker, graceSeconds: config.SHUTDOWN_GRACE_SECONDS });
    if (config.NODE_ENV === "production" && !process.env.NEXT_MANUAL_SIG_HANDLE) {
      console.warn(
        "PawPath Bookings: NEXT_MANUAL_SIG_HANDLE is not set, so Next.js also handles SIGTERM and may exit before " +
          "requests in flight are answered and the database is closed. Start with `npm start`, or set it in the " +
          "process environment (a .env file is read too late): see docs/deploy.md.",
      );
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * SIGTERM (a deploy, systemd, Docker) or SIGINT: stop accepting requests, answer those in flight and
 * let handlers whose client left finish (all within the grace period), then stop the email worker, then close the database (PGlite flushes its files),
 * then exit. In this order nothing in flight meets a closed pool. Next.js leaves the signals to us when
 * NEXT_MANUAL_SIG_HANDLE is set (`npm start` sets it); its own handler would exit when its server closes.
 */
function registerShutdown(options: { requests: HttpDrain; worker: EmailWorker | undefined; graceSeconds: number }) {
  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    // Shells repeat Ctrl+C to every process of the group: one shutdown is enough.
    if (closing) return;
    closing = true;
    console.log(
      `PawPath Bookings: ${signal}: answering requests in flight (up to ${options.graceSeconds} s), then stopping`,
    );
    try {
      const graceEnds = Date.now() + options.graceSeconds * 1000;
      // Live journey streams never end by themselves; their browsers reconnect to the next server.
      closeJourneyStreams();
      const { answered, cut } = await options.requests.drain(options.graceSeconds * 1000);
      if (cut > 0)
        console.error(`PawPath Bookings: ${cut} request(s) still running after ${options.graceSeconds} s were cut off`);
      console.log(`PawPath Bookings: ${answered} request(s) answered while stopping`);
      // A request whose client hung up is no longer in flight, but its handler may still be writing.
      const unfinished = await workSettled(Math.max(0, graceEnds - Date.now()));
      if (unfinished > 0)
        console.error(`PawPath Bookings: ${unfinished} handler(s) still running at the end of the grace`);
      await options.worker?.stop();
      await closeDb();
    } catch (error) {
      console.error("Stopping cleanly failed", error);
    } finally {
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
  };
  process.on("SIGTERM", (signal) => void shutdown(signal));
  process.on("SIGINT", (signal) => void shutdown(signal));
}
