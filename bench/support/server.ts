import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type BenchServer = {
  url: string;
  process: ChildProcess;
  /** The highest resident memory seen since start (or since resetPeak). */
  peakRssMb: () => number;
  currentRssMb: () => number;
  /** CPU time the server process has used so far (user + system), in ms: robust to a busy machine. */
  cpuMs: () => number;
  resetPeak: () => void;
  stop: () => Promise<void>;
};

/** Builds the production bundle unless one exists (pass rebuild to force), in NEXT_DIST_DIR like next.config.ts. */
export function ensureBuild(rebuild: boolean) {
  if (!rebuild && fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  console.log("Building the production bundle…");
  // Standalone output too: the deploy bench packs releases from it.
  const env = { ...process.env, NEXT_OUTPUT: "standalone" };
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed");
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

function cpuMsOf(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/PID/stat (after the parenthesised command name) are utime and stime in ticks.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

const SHIPPED_NODE_OPTIONS = "--max-old-space-size=256 --max-semi-space-size=8";

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Starts `next start` (the process itself, so its PID is the server's) and waits until ready; on this
 * repository's build unless another Next.js app's directory is given.
 */
export function startServer(env: Record<string, string>, port = 3600, directory?: string): Promise<BenchServer> {
  const app = directory ? [directory] : [];
  return startNodeServer(["node_modules/next/dist/bin/next", "start", ...app, "-p", String(port), "-H", "127.0.0.1"], {
    port,
    readyPath: "/api/ready",
    env: { NEXT_MANUAL_SIG_HANDLE: "true", ...env },
  });
}

/** Runs a TypeScript file as a server with the scripts' loader (tsx, server-only allowed), as its own process. */
export function startTsServer(file: string, env: Record<string, string>, port: number): Promise<BenchServer> {
  return startNodeServer(["--import", "tsx", "--import", "./scripts/lib/server-only-preload.mjs", file], {
    port,
    readyPath: "/",
    env,
  });
}

async function startNodeServer(
  args: string[],
  options: { port: number; readyPath: string; env: Record<string, string> },
): Promise<BenchServer> {
  const { port, readyPath, env } = options;
  // BENCH_SERVER_NODE_ARGS: flags Node refuses in NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    env: {
      ...process.env,
      // As `npm start` and the deploy unit run it (docs/deploy.md), unless BENCH_SERVER_NODE_OPTIONS says otherwise.
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? SHIPPED_NODE_OPTIONS,
      NODE_ENV: "production",
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      SEED_DEMO_DATA: "false",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}${readyPath}`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("server did not become ready in 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  let peak = rssMb(child.pid!);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(child.pid!));
  }, 200);
  return {
    url,
    process: child,
    peakRssMb: () => peak,
    currentRssMb: () => rssMb(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    resetPeak: () => {
      peak = rssMb(child.pid!);
    },
    stop: async () => {
      clearInterval(sampler);
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
