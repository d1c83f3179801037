import { bookingBody } from "../src/testing/factories/booking-body";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { postBooking } from "./support/bookings";
import { expect, test } from "./support/fixtures";
import { linkInEmail } from "./support/mailbox";
import { reloadUntilShown } from "./support/reload-until-shown";

// A customer's sign-in link works once, for 15 minutes. Opened again (or late), Better Auth sends the
// person to /login with INVALID_TOKEN, the same answer for a used and an expired link: the page says so
// and sends a new link to the address the old one went to, without that address being in the URL.

const SIGN_IN_EMAIL = { subject: /sign-in link/i, link: "Sign in" };

test("a used sign-in link explains itself and sends a new one that signs the customer in", async ({
  browser,
  request,
  adminState,
}) => {
  test.slow();
  const admin = await browser.newContext({ storageState: adminState });
  const booking = bookingBody();
  const email = booking.customer.email;
  await postBooking(request, booking);

  // The customer asks for a link and uses it.
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await firstPage.goto("/login");
  await firstPage.getByLabel("Email you booked with").fill(email);
  await firstPage.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(firstPage.getByRole("main").getByRole("status")).toContainText("a sign-in link is on its way");
  const usedLink = await linkInEmail(admin, { to: email, ...SIGN_IN_EMAIL });
  await firstPage.goto(usedLink);
  await expect(firstPage).toHaveURL(/\/portal$/);

  // Later, on another device, the same link again.
  const later = await browser.newContext({ colorScheme: "dark" });
  const page = await later.newPage();
  await page.goto(usedLink);
  await expect(page).toHaveURL(/\/login\?link=[0-9a-f]{32}&error=INVALID_TOKEN$/);
  expect(page.url()).not.toContain(encodeURIComponent(email));
  const notice = page.getByRole("main").getByRole("alert");
  await expect(notice).toContainText("This sign-in link has expired or has already been used.");
  const masked = `${email.slice(0, 2)}•••${email.slice(email.lastIndexOf("@"))}`;
  await expect(notice).toContainText(`We can send a new one to ${masked}.`);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Email me a new link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    `A new sign-in link is on its way to ${masked}. It works once, for 15 minutes.`,
  );

  // The new email is the newest of the two sign-in emails to that address.
  const mailbox = await admin.newPage();
  await mailbox.goto("/admin/mailbox");
  const signInEmails = mailbox.getByRole("link").filter({ hasText: email }).filter({ hasText: SIGN_IN_EMAIL.subject });
  await reloadUntilShown(mailbox, signInEmails.nth(1));
  const newLink = await linkInEmail(admin, { to: email, ...SIGN_IN_EMAIL });
  expect(newLink).not.toBe(usedLink);
  await page.goto(newLink);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your bookings" })).toBeVisible();
  await Promise.all([admin.close(), first.close(), later.close()]);
});

test("a failed link whose address is unknown: the message, and the email field ready to type", async ({ page }) => {
  await page.goto("/login?link=00000000000000000000000000000000&error=INVALID_TOKEN");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "This sign-in link has expired or has already been used.",
  );
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Type the email you booked with");
  await expect(page.getByRole("button", { name: "Email me a new link" })).toHaveCount(0);
  await expect(page.getByLabel("Email you booked with")).toBeFocused();
  await expectNoSeriousAxeViolations(page);
});
