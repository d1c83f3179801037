import type { Browser, Page } from "@playwright/test";
import { totpCode } from "../tests/support/totp";
import { expect, failedRequest, test } from "./support/fixtures";
import { reloadUntilShown } from "./support/reload-until-shown";
import { signInAsTeam } from "./support/sign-in";

// Two-factor changes how an account signs in, so this spec never touches the shared demo accounts: the
// demo admin (`page`, signed in) invites a colleague of its own, through the Users page and the
// development mailbox; the colleague signs in through the form.
async function inviteColleague(page: Page, browser: Browser) {
  const stamp = Date.now();
  const colleague = {
    name: `Rania ${stamp}`,
    email: `rania.${stamp}@pawpath.test`,
    password: "a two-factor passphrase",
  };
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Invite" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a colleague" });
  await dialog.getByLabel("Name").fill(colleague.name);
  await dialog.getByLabel("Work email").fill(colleague.email);
  await dialog.getByRole("radio", { name: /staff/i }).check();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${colleague.email}` })).toBeVisible();

  await page.goto("/admin/mailbox");
  const message = page.getByRole("link").filter({ hasText: colleague.email });
  await reloadUntilShown(page, message);
  await message.click();
  const href = await page
    .frameLocator('iframe[title^="Message: You are invited"]')
    .getByRole("link", { name: "Set your password" })
    .getAttribute("href");

  const context = await browser.newContext();
  const theirPage = await context.newPage();
  await theirPage.goto(href!);
  await theirPage.getByLabel("New password", { exact: true }).fill(colleague.password);
  await theirPage.getByLabel("Repeat the new password").fill(colleague.password);
  await theirPage.getByRole("button", { name: "Set the new password" }).click();
  await expect(theirPage.getByText("Your password is changed.")).toBeVisible();
  return { colleague, theirPage, context };
}

test("a staff member turns on two-factor, then signs in with password and code", async ({
  adminPage: page,
  browser,
  consoleGuard,
}) => {
  // The wrong password and the wrong code this test types, refused.
  consoleGuard.allow(
    failedRequest(400, /\/api\/auth\/two-factor\/enable$/),
    failedRequest(401, /\/api\/auth\/two-factor\/verify-totp$/),
  );
  const { colleague, theirPage: me, context } = await inviteColleague(page, browser);

  // Google sign-in is not configured on this server: no button for it.
  await me.goto("/login");
  await expect(me.getByRole("button", { name: "Continue with Google" })).toHaveCount(0);

  await signInAsTeam(me, colleague);
  await me.getByRole("link", { name: "Your account" }).click();
  await expect(me.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await me.getByLabel("Password to confirm").fill("not my password at all");
  await me.getByRole("button", { name: "Set up two-factor" }).click();
  await expect(me.getByText("That password is not right.")).toBeVisible();
  await me.getByLabel("Password to confirm").fill(colleague.password);
  await me.getByRole("button", { name: "Set up two-factor" }).click();

  await expect(me.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const secret = await me.getByLabel("Or type this setup key into the app").inputValue();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await me.getByLabel("Code from the app").fill(totpCode(secret));
  await me.getByRole("button", { name: "Verify and turn on" }).click();
  await expect(me.getByText("Two-factor authentication is on.")).toBeVisible();
  const backupCodes = me.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(backupCodes).toHaveCount(10);
  await me.getByRole("button", { name: "I have saved my backup codes" }).click();
  await expect(me.getByRole("button", { name: "Turn off two-factor" })).toBeVisible();

  // Signed out, the password alone is no longer enough.
  await me.getByRole("button", { name: "Sign out" }).click();
  await expect(me).toHaveURL(/\/login/);
  await me.goto(`/login?next=${encodeURIComponent("/admin/account")}`);
  await me.getByLabel("Work email").fill(colleague.email);
  await me.getByLabel("Password").fill(colleague.password);
  await me.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(me).toHaveURL(/\/login\/two-factor\?next=%2Fadmin%2Faccount$/);
  await expect(me.getByRole("heading", { level: 1, name: "Two-factor authentication" })).toBeVisible();

  const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");
  await me.getByLabel("Authentication code").fill(wrong);
  await me.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(me.getByRole("alert").filter({ hasText: "That code is not right." })).toBeVisible();

  await me.getByLabel("Authentication code").fill(totpCode(secret));
  await me.getByRole("button", { name: "Verify", exact: true }).click();
  // Back to where they were going, through the same allowlist as a password-only sign-in.
  await expect(me).toHaveURL(/\/admin\/account$/);
  await expect(me.getByText(`${colleague.name} · staff`)).toBeVisible();
  await context.close();
});
