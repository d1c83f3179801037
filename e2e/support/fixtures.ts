import path from "node:path";
import { test as base, type Browser, type Page, type WorkerInfo } from "@playwright/test";
import { ConsoleGuard } from "./console-guard";
import { signInAsTeam } from "./sign-in";
import { DEMO_ADMIN, DEMO_STAFF, type Account } from "./team";

export { expect } from "@playwright/test";
export { failedRequest } from "./console-guard";

// Each demo role signs in once per worker, through the real form, and every test that merely needs "a
// signed-in admin" or "a signed-in staff member" starts from that session (Playwright's storageState).
// Signing in is deliberately slow (a memory-hard hash, then the heaviest page of the back office), so
// doing it once per test made a busy machine spend its time there. Tests about signing in itself, and
// tests that change an account (password, two-factor, deactivation), sign in through the form with an
// account of their own instead.
//
// The stored sessions are only ever added explicitly (adminPage, staffPage, or a context made with
// adminState/staffState): the plain `page`, `request` and `browser.newContext()` stay signed out.

type TeamFixtures = {
  /**
   * Automatic: fails the test when any page it opened (its `page`, or one in a context it made) logged a
   * console error or warning, or threw. `consoleGuard.allow(failedRequest(404, "/api/…"))` names one it causes.
   */
  consoleGuard: ConsoleGuard;
  /** A page in a fresh context, signed in as the demo admin; closed when the test ends. */
  adminPage: Page;
  /** A page in a fresh context, signed in as the demo staff member; closed when the test ends. */
  staffPage: Page;
};

type TeamStates = {
  /** The demo admin's stored session (a storageState file) for `browser.newContext({ storageState })`. */
  adminState: string;
  /** The demo staff member's stored session. */
  staffState: string;
};

/** Signs in through the form in a context of its own and saves the session under the test output folder. */
async function storeSession(browser: Browser, account: Account, role: string, workerInfo: WorkerInfo) {
  const file = path.join(workerInfo.project.outputDir, ".auth", `${role}-worker-${workerInfo.workerIndex}.json`);
  const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
  const guard = new ConsoleGuard();
  guard.watch(context);
  try {
    await signInAsTeam(await context.newPage(), account);
    await context.storageState({ path: file });
    guard.assertClean(`Signing in as ${role}`);
  } finally {
    await context.close();
  }
  return file;
}

async function pageFrom(browser: Browser, storageState: string, provide: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ storageState });
  try {
    await provide(await context.newPage());
  } finally {
    await context.close();
  }
}

// A sign-in is one bounded step of its own, not a share of whichever test first needs it.
const SIGN_IN = { scope: "worker", timeout: 180_000 } as const;

export const test = base.extend<TeamFixtures, TeamStates>({
  // Set up before the test's own context, so its pages are watched from their first request.
  consoleGuard: [
    async ({ browser }, provide, testInfo) => {
      const guard = new ConsoleGuard();
      const stopWatching = guard.watchBrowser(browser);
      try {
        await provide(guard);
      } finally {
        stopWatching();
      }
      // A test that already failed keeps its own error; the console's is reported with it.
      if (testInfo.status === "passed") guard.assertClean("The test's pages");
      else if (guard.unexpected().length) console.error(guard.unexpected().join("\n"));
    },
    { auto: true },
  ],
  adminState: [
    async ({ browser }, provide, workerInfo) => provide(await storeSession(browser, DEMO_ADMIN, "admin", workerInfo)),
    SIGN_IN,
  ],
  staffState: [
    async ({ browser }, provide, workerInfo) => provide(await storeSession(browser, DEMO_STAFF, "staff", workerInfo)),
    SIGN_IN,
  ],
  adminPage: async ({ browser, adminState }, provide) => pageFrom(browser, adminState, provide),
  staffPage: async ({ browser, staffState }, provide) => pageFrom(browser, staffState, provide),
});
