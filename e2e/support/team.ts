import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { DEMO_TEAM } from "../../src/testing/demo-team";
import { E2E_BASE_URL } from "./server";

// The team of an admin and a staff member: the e2e server seeds it (SEED_DEMO_DATA=true) from the
// same definition the development seed uses, so specs never create team members by hand.

export type Account = { email: string; password: string };

export const DEMO_ADMIN: Account = { email: DEMO_TEAM.admin.email, password: DEMO_TEAM.admin.password };
export const DEMO_STAFF: Account = { email: DEMO_TEAM.staff.email, password: DEMO_TEAM.staff.password };
export const DEMO_ADMIN_NAME = DEMO_TEAM.admin.name;

/** A browser context signed in through Better Auth's endpoint (no form: the cookie is what matters). */
export async function teamContext(browser: Browser, account: Account): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const response = await context.request.post("/api/auth/sign-in/email", {
    data: account,
    headers: { origin: E2E_BASE_URL },
  });
  expect(response.status(), `sign-in of ${account.email}`).toBe(200);
  return context;
}
