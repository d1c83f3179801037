import nextEnv from "@next/env";
import { ConfigError } from "@/config/env";
import { closeDb } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";

/**
 * Runs a command-line task on the app's database with the app's settings (.env files included, as
 * Next.js reads them), reports a bad setting or a locked data folder as one clear line, and always
 * closes the database so PGlite flushes and releases its lock.
 */
export async function runDatabaseScript(main: () => Promise<void>): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd());
  try {
    await main();
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await closeDb();
  }
}
