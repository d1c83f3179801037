import { bookingBody } from "../src/testing/factories/booking-body";
import { expectNoSeriousAxeViolations, hasHorizontalScroll } from "./support/axe";
import { postBooking } from "./support/bookings";
import { signedInCustomer } from "./support/customer-sign-in";
import { expect, failedRequest, test } from "./support/fixtures";
import { unappliedStylesheets } from "./support/stylesheets";

// What a person gets instead of a bare 404: the page says why, in the frame of their own area, with the
// status the access rules give (404 for a missing page, a reference nobody has, and a page for another
// role alike) and a way back to their home.

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

test("a visitor's mistyped address: a branded 404 with the site header and a way home, on a phone in dark too", async ({
  browser,
  consoleGuard,
}) => {
  // Each 404 this test asks for is logged by Chromium, as any 404 page is.
  consoleGuard.allow(failedRequest(404, /\/bookk$/));
  for (const options of [{ colorScheme: "light" as const }, { colorScheme: "dark" as const, ...PHONE }]) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const response = await page.goto("/bookk");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Book a relocation" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.getByRole("main").getByRole("link", { name: "Home page" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("We could not find that page");
    await context.close();
  }
});

test("a mistyped reference on the booking record: 404, the reference named, back to the bookings or search", async ({
  adminPage: page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedRequest(404, /\/admin\/bookings\/PP-2026-(99999|1)$/));
  for (const reference of ["PP-2026-99999", "PP-2026-1"]) {
    const response = await page.goto(`/admin/bookings/${reference}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that booking" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`No booking has the reference ${reference}`);
    await expect(page.getByRole("navigation", { name: "Back office" })).toBeVisible();
    await page.waitForLoadState("networkidle"); // the page hydrates and asks for what its hints name
    expect(await unappliedStylesheets(page)).toEqual([]);
  }
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Search the bookings" }).click();
  await expect(page).toHaveURL(/\/admin\?q=PP-2026-1&view=all$/);
  await page.goBack();
  await page.getByRole("main").getByRole("link", { name: "Back to bookings" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});

test("staff opening an admin-only page: 404, told it is for admins, in the back office's frame", async ({
  staffPage: page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedRequest(404, /\/admin\/(users|emails)$/));
  for (const path of ["/admin/users", "/admin/emails"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "This page is for admins" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("staff account");
  }
  await expect(page.getByRole("navigation", { name: "Back office" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("main").getByRole("link", { name: "Back to bookings" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});

test("a team member opening the portal: 404, told it is for customers, with the way back to the back office", async ({
  browser,
  staffState,
  consoleGuard,
}) => {
  consoleGuard.allow(failedRequest(404, /\/portal(\/bookings\/PP-2026-00001)?$/));
  const context = await browser.newContext({ storageState: staffState, ...PHONE, colorScheme: "dark" });
  const page = await context.newPage();
  for (const path of ["/portal", "/portal/bookings/PP-2026-00001"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "The portal is for customers" })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.getByRole("main").getByRole("link", { name: "Back to bookings" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await context.close();
});

test("a customer's mistyped reference: 404 in the portal, back to their bookings", async ({
  browser,
  request,
  adminState,
  consoleGuard,
}) => {
  consoleGuard.allow(failedRequest(404, /\/portal\/bookings\/PP-2026-99999$/));
  const admin = await browser.newContext({ storageState: adminState });
  const booking = bookingBody();
  await postBooking(request, booking);
  const customer = await signedInCustomer(browser, admin, booking.customer.email, PHONE);
  const page = await customer.newPage();
  const response = await page.goto("/portal/bookings/PP-2026-99999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that booking" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("None of your bookings has the reference PP-2026-99999");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("main").getByRole("link", { name: "Your bookings" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your bookings" })).toBeVisible();
  await Promise.all([customer.close(), admin.close()]);
});
