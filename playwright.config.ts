import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromiumPath } from "./scripts/lib/chromium.mjs";
import { e2eDataDir } from "./e2e/support/data-dir";
import { E2E_BASE_URL as baseURL, E2E_PORT as PORT, MARKETING_ORIGIN } from "./e2e/support/server";

export default defineConfig({
  testDir: "e2e",
  // Two cores: one server and two browsers keep them busy. No retries, so flakiness shows.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Bounds on a hang, not speed limits: tests wait for states, responses and events, and a busy laptop
  // (`npm run test:stress` keeps every core busy) may take several times longer than an idle one.
  // A test that does much more than most says so with test.slow() (three times the bound).
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    locale: "en-US",
    timezoneId: "Asia/Dubai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's browser (npx playwright install needs the internet); undefined = Playwright's own.
        launchOptions: { executablePath: systemChromiumPath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The production build, started directly (not through npx) so the process Playwright stops is the server.
    // Idle connections stay open for 10 minutes instead of Node's 5 s: Playwright's request contexts keep
    // connections alive, and one reused just as the server closes it for idleness is reset (ECONNRESET),
    // a race that a busy machine, where a test pauses seconds between two API calls, runs into.
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1 --keepAliveTimeout 600000`,
    // Ready only once the database is open and migrated (and the demo data seeded).
    url: `http://127.0.0.1:${PORT}/api/ready`,
    reuseExistingServer: false,
    timeout: 300_000,
    // SIGTERM lets the app close PGlite cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      // As `npm start` runs it: the app drains requests in flight on SIGTERM (docs/deploy.md).
      NEXT_MANUAL_SIG_HANDLE: "true",
      PORT: String(PORT),
      APP_URL: baseURL,
      DATA_DIR: e2eDataDir(),
      PUBLIC_FORM_ORIGINS: MARKETING_ORIGIN,
      INTAKE_RATE_LIMIT_MAX: "10000",
      // Demo data includes the admin and staff accounts the back-office tests sign in with.
      SEED_DEMO_DATA: "true",
      // Many tests sign in from one address within a minute.
      SIGN_IN_RATE_LIMIT_MAX: "10000",
      // Its own embedded PGlite, never a PostgreSQL the shell or a .env points at: an empty value
      // means "unset" to the app and also stops Next.js from filling it in from .env files.
      DATABASE_URL: "",
      // The built-in development mailbox: tests never send real email, whatever .env says.
      EMAIL_PROVIDER: "dev",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
