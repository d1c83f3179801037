// npm run ops:alert -- --subject "pawpath-backup.service failed" [--unit pawpath-backup.service] [--log-file F]
// Queues one alert email to OPS_EMAIL through the outbox, with the last lines of a log (from --log-file,
// else standard input when it is not a terminal). Run by pawpath-alert@.service, the OnFailure= unit of
// pawpath-backup.service (deploy/systemd); the email worker sends it.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { getConnection } from "@/db/client";
import { isAppError } from "@/server/errors";
import { queueOpsAlert } from "@/server/ops/queue-ops-alert";
import { runDatabaseScript } from "./lib/run-database-script";

const usage = `Usage: npm run ops:alert -- --subject <what failed> [--unit <systemd unit>] [--log-file <file>]
  The log's last lines come from --log-file, or from standard input when it is piped.`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

async function readLog(file: string | undefined): Promise<string> {
  if (file) {
    try {
      return fs.readFileSync(file, "utf8");
    } catch (error) {
      fail(`Cannot read --log-file ${file}: ${(error as Error).message}`);
    }
  }
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { subject: { type: "string" }, unit: { type: "string" }, "log-file": { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (!values.subject) fail("--subject is required");
  const log = await readLog(values["log-file"]);
  const { db } = await getConnection();
  try {
    const { to } = await queueOpsAlert({ db, input: { subject: values.subject, unit: values.unit, log } });
    console.log(`Queued the alert "${values.subject}" to ${to}; the email worker sends it.`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fields = Object.entries(error.fields ?? {}).map(([field, message]) => `  --${field}: ${message}`);
    // Not fail(): the database is open, and runDatabaseScript must still close it.
    console.error([error.message, ...fields].join("\n"));
    process.exitCode = 2;
  }
}

await runDatabaseScript(main);
