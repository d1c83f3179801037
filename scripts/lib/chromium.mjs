// Finding a Chromium for Playwright. `npx playwright install` needs the internet, so the suite
// prefers the operating system's browser (Debian's `chromium` package) and falls back to one that
// Playwright downloaded earlier. Shared by playwright.config.ts and the test scripts.
import fs from "node:fs";

/** Where Debian, Ubuntu and Google install their browsers, in order of preference. */
export const SYSTEM_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The system Chromium to launch: CHROMIUM_PATH when set (even if wrong, so the mistake shows),
 * else the first installed browser of SYSTEM_CHROMIUM_PATHS, else undefined.
 */
export function systemChromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return SYSTEM_CHROMIUM_PATHS.find(isExecutable);
}

/** Playwright's own downloaded Chromium, if `npx playwright install chromium` was ever run here. */
async function playwrightChromiumPath() {
  try {
    const { chromium } = await import("@playwright/test");
    const file = chromium.executablePath();
    return file && isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Locates a browser for the end-to-end tests.
 * @returns {Promise<{ ok: true, path: string, source: string } | { ok: false, problem: string }>}
 */
export async function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { ok: true, path: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" }
      : { ok: false, problem: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no executable is there.` };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find(isExecutable);
  if (system) return { ok: true, path: system, source: "system" };
  const downloaded = await playwrightChromiumPath();
  if (downloaded) return { ok: true, path: downloaded, source: "Playwright's download" };
  return {
    ok: false,
    problem: `No Chromium found (looked at ${SYSTEM_CHROMIUM_PATHS.join(", ")} and Playwright's downloads).`,
  };
}

/** The flags every launch uses: root in containers needs --no-sandbox; the rest keep Chromium offline and quiet. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
