import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeRehearsalReleases } from "@/testing/deploy-rehearsal/rehearsal-releases";
import { rehearsalMissing, startRehearsalVm, type Shell } from "@/testing/deploy-rehearsal/rehearsal-vm";
import { startSteadyLoad, type SteadyLoadResult } from "@/testing/deploy-rehearsal/steady-load";
import { freshDatabase } from "./support/postgres";

// `npm run bench -- --only deploy`: the deploy rehearsal's machinery (tests/deploy) timed. A release is
// shipped over SSH to the loopback "VM" and switched to under 20 requests/s through Caddy, then rolled back.

export type SwitchFigures = {
  /** deploy/ship.sh's start until Caddy serves the new release (upload included). */
  toSwitchSeconds: number;
  /** The whole command, the old colour's drain and stop included. */
  totalSeconds: number;
  load: SteadyLoadResult;
};

export type DeployBenchResult = { releaseMb: number; deploy: SwitchFigures; rollback: SwitchFigures };

/** Seconds from the command's start to deploy.sh's "serving …" line (the switch). */
function switchedAt(shell: Shell): number {
  const line = shell.lines.find((entry) => entry.text.startsWith("serving "));
  if (!line) throw new Error(`no switch happened:\n${shell.stdout}\n${shell.stderr}`);
  return line.at;
}

async function underLoad(target: { url: string; headers: Record<string, string> }, action: () => Promise<Shell>) {
  const load = startSteadyLoad(target.url, target.headers);
  const shell = await action();
  const result = await load.stop();
  if (shell.code !== 0) throw new Error(`failed (${shell.code}):\n${shell.stdout}\n${shell.stderr}`);
  return { toSwitchSeconds: switchedAt(shell), totalSeconds: shell.seconds, load: result };
}

export async function benchDeploy(adminUrl: string): Promise<DeployBenchResult> {
  const missing = rehearsalMissing();
  if (missing) throw new Error(`deploy bench: ${missing}`);
  const repoRoot = path.resolve(import.meta.dirname, "..");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-bench-deploy-"));
  const databaseUrl = await freshDatabase(adminUrl, "pawpath_bench_deploy");
  try {
    const releases = makeRehearsalReleases(repoRoot, work);
    const vm = await startRehearsalVm({ repoRoot, databaseUrl });
    try {
      const first = await vm.ship(releases.previous);
      if (first.code !== 0) throw new Error(`first deploy failed:\n${first.stdout}\n${first.stderr}`);
      const deploy = await underLoad(vm.loadTarget, () => vm.ship(releases.next));
      console.log(
        `Deploy N−1 → N: switched after ${deploy.toSwitchSeconds} s (upload included), done in ${deploy.totalSeconds} s; ` +
          `${deploy.load.requests} requests (${deploy.load.perSecond}/s), ${deploy.load.failed} failed`,
      );
      const rollback = await underLoad(vm.loadTarget, () =>
        vm.ssh(`bash ${vm.root}/srv/pawpath/current/deploy/rollback.sh`),
      );
      console.log(
        `Rollback N → N−1: switched after ${rollback.toSwitchSeconds} s, done in ${rollback.totalSeconds} s; ` +
          `${rollback.load.requests} requests (${rollback.load.perSecond}/s), ${rollback.load.failed} failed`,
      );
      const releaseMb = Math.round((fs.statSync(releases.previous).size / 1e6) * 10) / 10;
      return { releaseMb, deploy, rollback };
    } finally {
      await vm.stop();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
