import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The releases the deploy rehearsal ships, all packed from the ONE production build already made
// (`npm test` builds once; a second Next.js build would cost minutes): N−1 as `npm run release` makes
// it, N = the same plus an additive migration, and one whose server never becomes ready.

export type RehearsalReleases = { previous: string; next: string; neverReady: string };

/** The column N's migration adds: the previous release never reads it, so it keeps working. */
export const REHEARSAL_COLUMN = "rehearsal_note";

function run(command: string, args: string[], cwd?: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

// The rehearsal's own tarballs compress lightly: they are unpacked once, a few seconds later.
function pack(staging: string, revision: string, outDir: string): string {
  fs.writeFileSync(path.join(staging, "REVISION"), `${revision}\n`);
  const tarball = path.join(outDir, `pawpath-${revision}.tar.gz`);
  // REVISION first, as npm run release packs it.
  const entries = fs
    .readdirSync(staging)
    .filter((name) => name !== "REVISION")
    .map((name) => `./${name}`);
  run("tar", ["--use-compress-program=gzip -1", "-C", staging, "-cf", tarball, "./REVISION", ...entries]);
  return tarball;
}

function addAdditiveMigration(staging: string) {
  const folder = path.join(staging, "src/db/migrations");
  const journalFile = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as {
    entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
  };
  const last = journal.entries.at(-1)!;
  const idx = last.idx + 1;
  const tag = `${String(idx).padStart(4, "0")}_rehearsal-additive`;
  fs.writeFileSync(path.join(folder, `${tag}.sql`), `ALTER TABLE "bookings" ADD COLUMN "${REHEARSAL_COLUMN}" text;\n`);
  journal.entries.push({
    idx,
    version: last.version,
    when: Math.max(Date.now(), last.when + 1),
    tag,
    breakpoints: true,
  });
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
}

/**
 * Packs the three releases into `outDir` from the standalone build in NEXT_DIST_DIR (or .next).
 * `repoRoot` is the checkout whose build it is.
 */
export function makeRehearsalReleases(repoRoot: string, outDir: string): RehearsalReleases {
  fs.mkdirSync(outDir, { recursive: true });
  run("node", ["scripts/release.mjs", "--skip-build", "--revision", "rehearsal-n1", "--out", outDir], repoRoot);
  const previous = path.join(outDir, "pawpath-rehearsal-n1.tar.gz");

  const staging = fs.mkdtempSync(path.join(outDir, "staging-"));
  try {
    run("tar", ["-xzf", previous, "-C", staging]);
    addAdditiveMigration(staging);
    const next = pack(staging, "rehearsal-n", outDir);
    // Hangs before it listens: /api/ready never answers, as when a release cannot start.
    const server = path.join(staging, "server.js");
    fs.writeFileSync(server, `await new Promise(() => {});\n${fs.readFileSync(server, "utf8")}`);
    const neverReady = pack(staging, "rehearsal-never-ready", outDir);
    return { previous, next, neverReady };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
