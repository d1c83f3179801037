import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../.test-data");
const RUN_KEY = "PAWPATH_E2E_DATA_DIR";

function holderIsAlive(dir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, "pglite.lock"), "utf8"));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A fresh, empty DATA_DIR for this run's server: a new folder per run, because Playwright starts
 * the web server before globalSetup, so nothing could empty a shared folder in time. Folders of
 * earlier runs are removed unless a live process still holds their database lock. Playwright
 * loads this config in every worker too; the environment variable keeps them on one folder.
 */
export function e2eDataDir(): string {
  const existing = process.env[RUN_KEY];
  if (existing) return existing;
  fs.mkdirSync(ROOT, { recursive: true });
  for (const entry of fs.readdirSync(ROOT)) {
    const dir = path.join(ROOT, entry);
    if (entry.startsWith("e2e-") && !holderIsAlive(dir)) fs.rmSync(dir, { recursive: true, force: true });
  }
  const dir = path.join(ROOT, `e2e-${Date.now()}-${process.pid}`);
  process.env[RUN_KEY] = dir;
  return dir;
}
