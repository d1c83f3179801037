import { expect, type Page } from "@playwright/test";

// The demo accounts the e2e server seeds (SEED_DEMO_DATA=true); see src/server/system/seed-demo-data-if-empty.ts.
export const DEMO_ADMIN = { email: "admin@pawpath.test", password: "demo-admin-pawpath" };
export const DEMO_STAFF = { email: "staff@pawpath.test", password: "demo-staff-pawpath" };

/** Signs in through the real form and waits for the back office. */
export async function signInAsTeam(page: Page, account: { email: string; password: string }, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Work email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // A cold production server renders the first back-office page slowly on a busy 2-core machine.
  await expect(page).toHaveURL(new RegExp(next ? `${next.replace(/\//g, "\\/")}$` : "/admin$"), { timeout: 30_000 });
}
