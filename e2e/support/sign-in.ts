import { expect, type Page } from "@playwright/test";
import type { Account } from "./team";

/** Signs in through the real form and waits for the back office. */
export async function signInAsTeam(page: Page, account: Account, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Work email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(next ? `${next.replace(/\//g, "\\/")}$` : "/admin$"));
}
