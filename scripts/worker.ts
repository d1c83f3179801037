// npm run worker: the email worker as its own process (production), beside app servers started
// with EMAIL_WORKER=false. Several may run at once; the outbox claim keeps each email to one sender.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

async function main() {
  const { getConfig, ConfigError } = await import("@/config/env");
  const { getConnection, closeDb } = await import("@/db/client");
  const { DataDirLockedError } = await import("@/db/lock");
  const { runConfiguredEmailWorker } = await import("@/server/system/run-worker");
  try {
    const config = getConfig();
    await getConnection();
    const worker = runConfiguredEmailWorker();
    console.log(`Email worker running (provider: ${config.EMAIL_PROVIDER}). Stop with Ctrl+C or SIGTERM.`);
    const stop = async () => {
      await worker.stop();
      await closeDb();
      process.exit(0);
    };
    // A failure while stopping stays an unhandled rejection, as before: Node prints it and exits non-zero.
    process.once("SIGTERM", () => void stop());
    process.once("SIGINT", () => void stop());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
