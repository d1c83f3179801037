import { expect, failedRequest, test } from "./support/fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { signInAsTeam } from "./support/sign-in";
import { DEMO_ADMIN } from "./support/team";

test("the sign-in, password reset and back-office pages have no serious accessibility problems", async ({ page }) => {
  for (const path of ["/login", "/forgot-password", "/reset-password?token=x", "/reset-password?error=INVALID_TOKEN"]) {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page);
  }
  await signInAsTeam(page, DEMO_ADMIN);
  await expectNoSeriousAxeViolations(page);
  await page.goto("/admin/emails");
  await expectNoSeriousAxeViolations(page);
});

test("a wrong password is refused with a message that does not say which part was wrong", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedRequest(401, /\/api\/auth\/sign-in\/email$/));
  await page.goto("/login");
  await page.getByLabel("Work email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password do not match an active team account.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test("asking for a reset link answers the same for any address", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeAttached();
  await page.getByLabel("Work email").fill("nobody@example.com");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(
    "If nobody@example.com has a team account, a reset link is on its way.",
  );
});

test("a used or expired reset link says so and offers a new one, with no password form to fill in vain", async ({
  page,
}) => {
  await page.goto("/reset-password?error=INVALID_TOKEN");
  await expect(page.getByText("This reset link is invalid or has expired. Ask for a new one.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeAttached();
});
