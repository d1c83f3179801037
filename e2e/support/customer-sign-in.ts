import { expect, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";
import { linkInEmail } from "./mailbox";
import { E2E_BASE_URL } from "./server";

/**
 * A customer signed in the way customers are: an emailed sign-in link, read from the development mailbox
 * by an admin (`admin`, a signed-in admin's context). `options` shapes the customer's browser (a phone).
 */
export async function signedInCustomer(
  browser: Browser,
  admin: BrowserContext,
  email: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, ...options });
  const requested = await context.request.post("/api/auth/sign-in/magic-link", {
    data: { email, callbackURL: "/portal" },
    headers: { origin: E2E_BASE_URL },
  });
  expect(requested.status()).toBe(200);
  const link = await linkInEmail(admin, { to: email, subject: /sign-in link/i, link: "Sign in" });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/portal/);
  await page.close();
  return context;
}
