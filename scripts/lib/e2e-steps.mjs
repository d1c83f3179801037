// The end-to-end half of the suite: find (or install) Chromium, build the production app, run
// Playwright. Used by scripts/e2e.mjs alone and by scripts/test.mjs after Vitest.
import fs from "node:fs";
import { findChromium } from "./chromium.mjs";
import { run } from "./suite.mjs";

const NEXT = "node_modules/next/dist/bin/next";
const PLAYWRIGHT = "node_modules/@playwright/test/cli.js";

const HOW_TO_INSTALL = [
  "Install a Chromium for the browser tests, then run the tests again:",
  "  Debian/Ubuntu:              sudo apt-get install chromium",
  "  a machine with internet:    npx playwright install chromium",
  "  a browser elsewhere:        CHROMIUM_PATH=/path/to/chrome npm test",
].join("\n");

function canInstallWithApt() {
  return process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
}

/** Finds a browser; as root on Debian, installs `chromium` with apt when none is there. */
async function ensureChromium() {
  let found = await findChromium();
  if (!found.ok && !process.env.CHROMIUM_PATH && canInstallWithApt()) {
    console.log(`${found.problem}\nInstalling Debian's chromium: apt-get update && apt-get install -y chromium`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const code =
      (await run("apt-get", ["update"], { env })) ||
      (await run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { env }));
    if (code !== 0) console.error("apt-get could not install chromium.");
    found = await findChromium();
  }
  if (!found.ok) {
    console.error(`${found.problem}\n${HOW_TO_INSTALL}`);
    return 1;
  }
  console.log(`Chromium: ${found.path} (${found.source})`);
  // playwright.config.ts launches CHROMIUM_PATH; Playwright's own download is its default anyway.
  if (found.source !== "Playwright's download") process.env.CHROMIUM_PATH = found.path;
  return 0;
}

/** Adds the three end-to-end steps to a suite. Extra arguments go to `playwright test`. */
export async function runE2eSteps(suite, playwrightArgs = []) {
  await suite.step("chromium", ensureChromium);
  await suite.step(
    "next build",
    () =>
      process.env.E2E_SKIP_BUILD === "1"
        ? { skipped: "E2E_SKIP_BUILD=1" }
        : // Standalone output too, so that the deploy rehearsal packs releases from this one build.
          run("node", [NEXT, "build"], {
            env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_OUTPUT: "standalone" },
          }),
    { needs: ["chromium"] },
  );
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const built = fs.existsSync(`${distDir}/BUILD_ID`);
  await suite.step(
    "playwright",
    () => {
      if (!built) {
        console.error(`No production build in ${distDir}: run \`npx next build\` or unset E2E_SKIP_BUILD.`);
        return 1;
      }
      return run("node", [PLAYWRIGHT, "test", ...playwrightArgs]);
    },
    { needs: ["chromium", "next build"] },
  );
}
