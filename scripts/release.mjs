// npm run release: the production build packed as one file a server can run without npm or the source,
// dist/pawpath-<git sha>.tar.gz (see docs/deploy.md, "What a release holds").
//
//   npm run release                          build (standalone output), then pack
//   npm run release -- --skip-build          pack the standalone build already in NEXT_DIST_DIR (CI's one build)
//   npm run release -- --revision NAME       name the release otherwise than by the commit (the rehearsal)
//   npm run release -- --out DIR             write the tarball into DIR (default dist)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundleScripts } from "./lib/release-scripts.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function git(...args) {
  const result = spawnSync("git", args, { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Turbopack links packages from <build>/node_modules to node_modules (pg-<hash> -> ../../node_modules/pg).
 * When node_modules was a link, those links point into the link's target: point them at the copy.
 */
function relinkInto(staging, appInTree, sourceModules, modules) {
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && file !== modules) walk(file);
      if (!entry.isSymbolicLink()) continue;
      const inTree = path.resolve(
        path.dirname(path.join(appInTree, path.relative(staging, file))),
        fs.readlinkSync(file),
      );
      if (!inTree.startsWith(`${sourceModules}${path.sep}`)) continue;
      fs.rmSync(file);
      fs.symlinkSync(path.relative(dir, path.join(modules, path.relative(sourceModules, inTree))), file);
    }
  };
  walk(staging);
}

let options;
try {
  options = parseArgs({
    options: {
      "skip-build": { type: "boolean", default: false },
      revision: { type: "string" },
      out: { type: "string", default: "dist" },
    },
  }).values;
} catch (error) {
  fail(`${error.message}\nUsage: npm run release [-- --skip-build] [--revision NAME] [--out DIR]`);
}

const revision = options.revision ?? git("rev-parse", "HEAD");
if (!revision) fail("not a git checkout: name the release with --revision NAME");
if (!/^[A-Za-z0-9._-]+$/.test(revision)) fail(`--revision ${revision}: use letters, digits, '.', '_' or '-'`);
const distDir = process.env.NEXT_DIST_DIR || ".next";

if (!options["skip-build"]) {
  const env = { ...process.env, NEXT_OUTPUT: "standalone", NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) fail("next build failed");
}

const standalone = path.join(distDir, "standalone");
if (!fs.existsSync(standalone)) {
  fail(`${distDir} holds no standalone build: build with NEXT_OUTPUT=standalone (plain \`npm run release\` does)`);
}
// The standalone tree mirrors the tracing root; the app sits at its own place inside it (the root itself
// in a normal checkout).
const { appDir, config } = JSON.parse(fs.readFileSync(path.join(distDir, "required-server-files.json"), "utf8"));
const appInTree = path.join(standalone, path.relative(config.outputFileTracingRoot, appDir));
if (!fs.existsSync(path.join(appInTree, "server.js"))) fail(`no server.js in ${appInTree}`);

const staging = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || "/tmp"), "pawpath-release-"));
try {
  // verbatimSymlinks keeps Turbopack's links from .next/node_modules into node_modules relative.
  fs.cpSync(appInTree, staging, { recursive: true, verbatimSymlinks: true });
  // A worktree whose node_modules is a link to another checkout: the tree holds the link; take the files.
  const modules = path.join(staging, "node_modules");
  if (fs.lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) {
    const target = path.resolve(appInTree, fs.readlinkSync(modules));
    fs.rmSync(modules);
    fs.cpSync(target, modules, { recursive: true, verbatimSymlinks: true });
    relinkInto(staging, appInTree, target, modules);
  }
  for (const envFile of fs.readdirSync(staging).filter((name) => name.startsWith(".env"))) {
    fs.rmSync(path.join(staging, envFile)); // settings come from /etc/pawpath/env, never from the build machine
  }
  fs.cpSync(path.join(distDir, "static"), path.join(staging, distDir, "static"), { recursive: true });
  fs.cpSync("public", path.join(staging, "public"), { recursive: true });
  // The app reads its migrations from ./src/db/migrations (db:migrate applies them, /api/ready compares).
  fs.cpSync("src/db/migrations", path.join(staging, "src/db/migrations"), { recursive: true });
  // Each release carries the deploy scripts, so `/srv/pawpath/current/deploy/rollback.sh` is always at hand.
  fs.cpSync("deploy", path.join(staging, "deploy"), { recursive: true });
  await bundleScripts(staging, path.join(distDir, "release-scripts"));
  fs.writeFileSync(path.join(staging, "REVISION"), `${revision}\n`);

  fs.mkdirSync(options.out, { recursive: true });
  const tarball = path.resolve(options.out, `pawpath-${revision}.tar.gz`);
  // REVISION first: deploy.sh reads it without unpacking the rest.
  const entries = fs
    .readdirSync(staging)
    .filter((name) => name !== "REVISION")
    .map((name) => `./${name}`);
  const tar = spawnSync("tar", ["-C", staging, "-czf", tarball, "./REVISION", ...entries], { stdio: "inherit" });
  if (tar.status !== 0) fail("tar failed");
  const megabytes = (fs.statSync(tarball).size / 1e6).toFixed(1);
  console.log(`release: ${path.relative(process.cwd(), tarball)} (${megabytes} MB)`);
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
