import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type BenchServer = {
  url: string;
  process: ChildProcess;
  /** The highest resident memory seen since start (or since resetPeak). */
  peakRssMb: () => number;
  currentRssMb: () => number;
  resetPeak: () => void;
  stop: () => Promise<void>;
};

/** Builds the production bundle unless one exists (pass rebuild to force), in NEXT_DIST_DIR like next.config.ts. */
export function ensureBuild(rebuild: boolean) {
  if (!rebuild && fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  console.log("Building the production bundle…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
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

/** Starts `next start` (the process itself, so its PID is the server's) and waits until ready. */
export async function startServer(env: Record<string, string>, port = 3600): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? "",
        NODE_ENV: "production",
        NEXT_MANUAL_SIG_HANDLE: "true",
        PORT: String(port),
        APP_URL: `http://127.0.0.1:${port}`,
        SEED_DEMO_DATA: "false",
        ...env,
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/ready`);
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
