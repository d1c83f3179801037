import { expectNoSeriousAxeViolations, hasHorizontalScroll } from "./support/axe";
import { expect, failedRequest, test } from "./support/fixtures";
import { reloadUntilShown } from "./support/reload-until-shown";
import { signInAsTeam } from "./support/sign-in";
import { DEMO_STAFF } from "./support/team";

test("staff see neither the Users nor the Audit page, nor their links", async ({ staffPage: page, consoleGuard }) => {
  consoleGuard.allow(failedRequest(404, /\/admin\/(users|audit)$/));
  await page.goto("/admin/users");
  await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Back office" });
  await expect(nav.getByRole("link", { name: "Bookings" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit" })).toHaveCount(0);
});

test("the Users and Audit pages work at phone width, with no serious accessibility problems", async ({
  adminPage: page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Actions for" }).first().click();
  await expect(page.getByRole("menuitem").first()).toBeInViewport();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(
    page.getByRole("dialog", { name: "Invite a colleague" }).getByRole("button", { name: "Send invitation" }),
  ).toBeInViewport();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press("Escape");

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("an admin invites a colleague, who sets a password from the emailed link and signs in; deactivation ends their open session", async ({
  adminPage: page,
  browser,
}) => {
  const colleague = {
    name: `Noor ${Date.now()}`,
    email: `noor.${Date.now()}@pawpath.test`,
    password: "a brand new passphrase",
  };

  await page.goto("/admin/users");
  await expect(
    page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Users" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  await page.getByRole("button", { name: "Invite" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a colleague" });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Enter the person's name")).toBeVisible();
  await dialog.getByLabel("Name").fill(colleague.name);
  await dialog.getByLabel("Work email").fill(DEMO_STAFF.email);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText(`${DEMO_STAFF.email} already has an account`)).toBeVisible();
  await dialog.getByLabel("Work email").fill(colleague.email);
  await dialog.getByRole("radio", { name: /staff/i }).check();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${colleague.email}` })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: colleague.email });
  await expect(row.getByText("invited", { exact: true })).toBeVisible();

  // The invitation, as the development mailbox received it (the worker sends within seconds).
  await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Mailbox" }).click();
  await expect(page).toHaveURL(/\/admin\/mailbox$/);
  const message = page.getByRole("link").filter({ hasText: colleague.email });
  await reloadUntilShown(page, message);
  await message.click();
  const invitationLink = page
    .frameLocator('iframe[title^="Message: You are invited"]')
    .getByRole("link", { name: "Set your password" });
  const href = await invitationLink.getAttribute("href");
  expect(href).toBeTruthy();

  // The colleague, in a browser of their own.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await theirPage.goto(href!);
  await expect(theirPage).toHaveURL(/\/reset-password\?token=/);
  await theirPage.getByLabel("New password", { exact: true }).fill(colleague.password);
  await theirPage.getByLabel("Repeat the new password").fill(colleague.password);
  await theirPage.getByRole("button", { name: "Set the new password" }).click();
  await expect(theirPage.getByText("Your password is changed.")).toBeVisible();
  await signInAsTeam(theirPage, colleague);
  await expect(theirPage.getByText(`${colleague.name} · staff`)).toBeVisible();

  // Back to the admin: the colleague is active now; deactivate them.
  await page.goto("/admin/users");
  await expect(row.getByText("active", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Actions for ${colleague.name}` }).click();
  await page.getByRole("menuitem", { name: "Deactivate…" }).click();
  await page
    .getByRole("dialog", { name: `Deactivate ${colleague.name}?` })
    .getByRole("button", { name: "Deactivate" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Account deactivated" })).toBeVisible();
  await expect(row.getByText("deactivated", { exact: true })).toBeVisible();

  // Their open tab is refused on its next request.
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login/);
  await theirs.close();

  // Everything above is in the audit log, in plain words.
  await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Audit" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  const lines = page.getByRole("row").filter({ hasText: colleague.email });
  await expect(lines.filter({ hasText: "Invited" })).toHaveCount(1);
  await expect(lines.filter({ hasText: "Signed in" })).toHaveCount(1);
  await expect(lines.filter({ hasText: "Account deactivated" })).toHaveCount(1);
});
