import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromiumPath } from "./scripts/lib/chromium.mjs";
import { e2eDataDir } from "./e2e/support/data-dir";
import {
  E2E_BASE_URL as baseURL,
  E2E_PORT as PORT,
  E2E_S3_BASE_URL,
  E2E_S3_PORT,
  MARKETING_ORIGIN,
  S3RVER_PORT,
} from "./e2e/support/server";

const serverEnv = {
  NODE_ENV: "production",
  // As `npm start` runs it: the app drains requests in flight on SIGTERM (docs/deploy.md).
  NEXT_MANUAL_SIG_HANDLE: "true",
  PUBLIC_FORM_ORIGINS: MARKETING_ORIGIN,
  INTAKE_RATE_LIMIT_MAX: "10000",
  // Demo data includes the admin and staff accounts the back-office tests sign in with.
  SEED_DEMO_DATA: "true",
  // Many tests sign in from one address within a minute.
  SIGN_IN_RATE_LIMIT_MAX: "10000",
  UPLOAD_RATE_LIMIT_MAX: "10000",
  // Its own embedded PGlite, never a PostgreSQL the shell or a .env points at: an empty value
  // means "unset" to the app and also stops Next.js from filling it in from .env files.
  DATABASE_URL: "",
  // The built-in development mailbox: tests never send real email, whatever .env says.
  EMAIL_PROVIDER: "dev",
  NEXT_TELEMETRY_DISABLED: "1",
};

// The production build, started directly (not through npx) so the process Playwright stops is the server.
// Idle connections stay open for 10 minutes instead of Node's 5 s: Playwright's request contexts keep
// connections alive, and one reused just as the server closes it for idleness is reset (ECONNRESET),
// a race that a busy machine, where a test pauses seconds between two API calls, runs into.
const startServer = (port: number) =>
  `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1 --keepAliveTimeout 600000`;

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
  webServer: [
    {
      command: startServer(PORT),
      // Ready only once the database is open and migrated (and the demo data seeded).
      url: `http://127.0.0.1:${PORT}/api/ready`,
      reuseExistingServer: false,
      timeout: 300_000,
      // SIGTERM lets the app close PGlite cleanly.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "ignore",
      stderr: "pipe",
      env: { ...serverEnv, PORT: String(PORT), APP_URL: baseURL, DATA_DIR: e2eDataDir() },
    },
    // A real S3 API and a second server that keeps documents there: the browser posts straight to the
    // bucket, so its CSP and the bucket's CORS rule are proven in Chromium (e2e/documents-s3.spec.ts).
    {
      command: `node scripts/e2e-s3rver.mjs ${S3RVER_PORT} ${E2E_S3_BASE_URL}`,
      url: `http://127.0.0.1:${S3RVER_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: startServer(E2E_S3_PORT),
      url: `http://127.0.0.1:${E2E_S3_PORT}/api/ready`,
      reuseExistingServer: false,
      timeout: 300_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "ignore",
      stderr: "pipe",
      env: {
        ...serverEnv,
        PORT: String(E2E_S3_PORT),
        APP_URL: E2E_S3_BASE_URL,
        DATA_DIR: `${e2eDataDir()}-s3`,
        STORAGE_DRIVER: "s3",
        S3_BUCKET: "pawpath-e2e",
        S3_REGION: "us-east-1",
        S3_ENDPOINT: `http://127.0.0.1:${S3RVER_PORT}`,
        S3_FORCE_PATH_STYLE: "true",
        // s3rver knows this key id; it checks expiry, not signatures.
        AWS_ACCESS_KEY_ID: "S3RVER",
        AWS_SECRET_ACCESS_KEY: "S3RVER",
      },
    },
  ],
});
