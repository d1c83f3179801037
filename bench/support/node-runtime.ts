import { spawnSync } from "node:child_process";
import { nodeBinary } from "../../scripts/lib/node-runtime.mjs";

/**
 * `--node`: unless this process already runs that Node, runs the same bench again on it (with the same
 * loader flags, so TypeScript still loads) and exits with its status. Every server and anchor the bench
 * starts uses `process.execPath`, so they all run on it too.
 */
export function onNodeAsked(version: string) {
  const isPath = version.includes("/");
  if (!isPath && process.version.startsWith(`v${version}.`)) return;
  const binary = nodeBinary(version);
  if (binary === process.execPath) return;
  const result = spawnSync(binary, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
