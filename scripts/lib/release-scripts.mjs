// The command-line scripts a server needs besides the web app (`db:migrate`, `worker`, `user:create`), compiled for a
// release: in the source they run through tsx, a devDependency, from TypeScript under src/. Here esbuild
// (the one tsx runs on) bundles each into one ES module, and the packages left outside the bundle
// (native or WASM files that cannot be inlined) are copied into the release's node_modules with their
// dependencies, unless Next.js's standalone output has them already.
import { createRequire, isBuiltin } from "node:module";
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";

/** Each entry becomes scripts/<name>.mjs in the release: `node scripts/db-migrate.mjs`. */
export const RELEASE_SCRIPTS = {
  "db-migrate": "scripts/db-migrate.ts",
  worker: "scripts/worker.ts",
  "user-create": "scripts/user-create.ts",
  // A failed backup's email (deploy/lib/alert-unit-failed.sh, the pawpath-alert@ unit).
  "ops-alert": "scripts/ops-alert.ts",
};

// Loaded from node_modules at run time: native binaries, WASM and data files beside their JavaScript.
const EXTERNAL = ["pg", "pg-native", "@electric-sql/pglite", "@node-rs/argon2", "sharp"];

/**
 * Bundles into `workDir` (inside the checkout, so that the tracer resolves packages from its node_modules),
 * then copies the bundles to <release>/scripts and what they load from node_modules to the release's.
 */
export async function bundleScripts(releaseDir, workDir) {
  const outdir = path.resolve(workDir);
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: RELEASE_SCRIPTS,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    // What `--import ./scripts/lib/server-only-preload.mjs` does for tsx: the marker is server code here.
    alias: { "server-only": "./node_modules/server-only/empty.js" },
    // Bundled CommonJS packages call require() and read __dirname; an ES module has neither by default.
    banner: {
      js: [
        'import { createRequire as __createRequire } from "node:module";',
        'import { fileURLToPath as __fileURLToPath } from "node:url";',
        "const require = __createRequire(import.meta.url);",
        "const __filename = __fileURLToPath(import.meta.url);",
        "const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
      ].join("\n"),
    },
    logLevel: "warning",
    metafile: true,
  });
  const bundles = Object.keys(result.metafile.outputs).map((file) => path.resolve(file));
  fs.mkdirSync(path.join(releaseDir, "scripts"), { recursive: true });
  for (const bundle of bundles) fs.copyFileSync(bundle, path.join(releaseDir, "scripts", path.basename(bundle)));
  copyExternals(result.metafile, releaseDir);
}

/** The packages an import names: "pg/lib/x" -> "pg", "@scope/name/x" -> "@scope/name". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/**
 * Copies each package the bundles import at run time, with its dependencies, into the release's
 * node_modules unless the standalone output holds it already. Optional dependencies that are not
 * installed (another platform's binaries) are skipped, as npm does.
 */
function copyExternals(metafile, releaseDir) {
  const imported = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const item of output.imports) {
      if (item.external && !isBuiltin(item.path)) imported.add(packageName(item.path));
    }
  }
  const queue = [...imported].map((name) => ({ name, from: process.cwd() }));
  const copied = [];
  while (queue.length > 0) {
    const { name, from } = queue.shift();
    let manifest;
    try {
      manifest = createRequire(path.join(from, "noop.js")).resolve(`${name}/package.json`);
    } catch {
      continue; // not installed: an optional dependency for another platform, or a builtin
    }
    const source = path.dirname(manifest);
    const modules = fs.realpathSync("node_modules");
    const destination = path.join(releaseDir, "node_modules", path.relative(modules, fs.realpathSync(source)));
    if (fs.existsSync(path.join(destination, "package.json"))) continue;
    fs.cpSync(source, destination, { recursive: true, dereference: true });
    copied.push(name);
    const { dependencies = {}, optionalDependencies = {} } = JSON.parse(fs.readFileSync(manifest, "utf8"));
    for (const dependency of Object.keys({ ...dependencies, ...optionalDependencies })) {
      queue.push({ name: dependency, from: source });
    }
  }
  console.log(
    `release: scripts ${Object.keys(RELEASE_SCRIPTS).join(", ")} bundled; they load ${[...imported].join(", ") || "nothing"} ` +
      `from node_modules${copied.length > 0 ? ` (added: ${copied.join(", ")})` : ""}`,
  );
}
