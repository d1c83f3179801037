import "server-only";
import { ConfigError, getConfig } from "@/config/env";
import { closeDb, getConnection } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { runConfiguredEmailWorker } from "@/server/system/run-worker";
import type { EmailWorker } from "@/server/system/worker-loop";
import { seedDemoDataIfEmpty } from "./seed-demo-data-if-empty";

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
    const { driver } = await getConnection();
    console.log(`PawPath Bookings: database ${driver === "pg" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.DATA_DIR}`}`);
    if (config.SEED_DEMO_DATA) await seedDemoDataIfEmpty();
    // Sending never happens inside a web request: this worker (or `npm run worker`) does it.
    const worker = config.EMAIL_WORKER ? runConfiguredEmailWorker() : undefined;
    if (worker) console.log(`PawPath Bookings: email worker started (provider: ${config.EMAIL_PROVIDER})`);
    registerShutdown(worker);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function registerShutdown(worker: EmailWorker | undefined) {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    // Let the email batch in flight finish, then close PGlite cleanly so it flushes its files.
    Promise.resolve(worker?.stop())
      .then(() => closeDb())
      .catch((error: unknown) => console.error("Closing the database failed", error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
