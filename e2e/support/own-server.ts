import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

export type OwnServer = {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals>;
  /** What the server wrote to stdout and stderr, for a failure's message. */
  output: () => string;
  /** Kills the process if it still runs and removes its data folder: call in `finally`. */
  dispose: () => Promise<void>;
};

/**
 * A second production server from the same build (NEXT_DIST_DIR is inherited), on its own port and
 * its own empty PGlite folder, for a test that must signal or kill a server without disturbing the
 * one every other spec shares. Started directly, so its PID is the server's.
 */
export async function startOwnServer(port: number, env: Record<string, string> = {}): Promise<OwnServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-e2e-own-"));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        APP_URL: url,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        EMAIL_PROVIDER: "dev",
        SEED_DEMO_DATA: "false",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal!)),
  );
  const server: OwnServer = {
    url,
    dataDir,
    process: child,
    exited,
    output: () => output,
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    // Ready once the database is open and migrated; a process that died says why at once. The bound is
    // the shared server's start-up bound (playwright.config.ts): a new database is slow on a busy machine.
    await expect
      .poll(
        async () => {
          if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
          return fetch(`${url}/api/ready`).then(
            (response) => response.status,
            () => 0,
          );
        },
        { timeout: 300_000, intervals: [100, 250, 500] },
      )
      .toBe(200);
  } catch (error) {
    await server.dispose();
    throw error;
  }
  return server;
}
