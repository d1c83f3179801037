import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { expectNoSeriousAxeViolations, hasHorizontalScroll } from "./support/axe";
import { postBooking } from "./support/bookings";
import { linkInEmail } from "./support/mailbox";
import { expect, failedRequest, test } from "./support/fixtures";

// Public tracking by booking reference and email. Lookups are limited per address (TRACK_RATE_LIMIT_MAX,
// 10 in ten minutes on the e2e server), so each browser here speaks from an address of its own: the test
// plays the trusted proxy, whose X-Forwarded-For entry the server reads (src/web/http/client-ip.ts). No
// other spec's lookups count against these, and these count against no other spec's.

let addresses = 0;
/** A documentation-range address (198.18.0.0/15) no other browser in this run uses. */
const ownAddress = () => `198.18.${Math.floor(Math.random() * 200)}.${(addresses += 1)}`;

async function visitor(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { "X-Forwarded-For": ownAddress() } });
  const page = await context.newPage();
  await page.goto("/track");
  return page;
}

async function lookUp(page: Page, reference: string, email: string) {
  await page.getByLabel("Booking reference").fill(reference);
  await page.getByLabel("Email").fill(email);
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/v1/track"));
  await page.getByRole("button", { name: "Find the booking" }).click();
  return answered;
}

const NO_MATCH = "No booking matches this reference and email";
/** The page's own alert (Next.js keeps a route announcer, also an alert, outside the main content). */
const alertOf = (page: Page) => page.getByRole("main").getByRole("alert");

test("the right email shows the journey; a wrong email and an unknown reference get the same answer; the 11th try waits", async ({
  browser,
  request,
  consoleGuard,
}) => {
  test.slow();
  // The wrong lookups this test makes, and the limit it reaches.
  consoleGuard.allow(failedRequest(404, /\/api\/v1\/track$/), failedRequest(429, /\/api\/v1\/track$/));
  const booking = bookingBody({ customer: { email: uniqueEmail("track") } });
  const reference = await postBooking(request, booking);
  const page = await visitor(browser);
  await expect(page.getByRole("link", { name: "Sign in to see everything" })).toHaveAttribute("href", "/login");

  // 1: the right email (any case) shows the journey, with the first name and the pets, nothing personal.
  expect((await lookUp(page, reference, booking.customer.email.toUpperCase())).status()).toBe(200);
  const summary = page.getByRole("region", { name: new RegExp(`Sara's booking ${reference}`) });
  await expect(summary).toContainText("Luna (cat)");
  await expect(page.getByRole("list", { name: "Journey steps" }).locator('[aria-current="step"]')).toContainText(
    "Booking received",
  );
  const main = page.getByRole("main");
  await expect(main).not.toContainText(booking.customer.email);
  await expect(main).not.toContainText("Mansoori");
  await expect(main).not.toContainText(booking.customer.phone);
  await expect(page.getByRole("region", { name: /Documents/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // 2 and 3: a wrong email and an unknown reference read the same.
  expect((await lookUp(page, reference, uniqueEmail("someone-else"))).status()).toBe(404);
  await expect(alertOf(page)).toContainText(NO_MATCH);
  await expect(summary).toHaveCount(0);
  const wrongEmail = await alertOf(page).textContent();
  expect((await lookUp(page, "PP-2019-99999", booking.customer.email)).status()).toBe(404);
  await expect(alertOf(page)).toHaveText(wrongEmail!);
  await expectNoSeriousAxeViolations(page);

  // 4 to 10: unknown references (not wrong emails, which a reference limits on its own).
  for (let attempt = 4; attempt <= 10; attempt += 1) {
    expect((await lookUp(page, `PP-2019-${String(90000 + attempt)}`, booking.customer.email)).status()).toBe(404);
  }
  // 11: told to wait, in minutes; the right email too.
  const refused = await lookUp(page, reference, booking.customer.email);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(alertOf(page)).toContainText(/try again later, in about \d+ minutes?\./);
  await expect(summary).toHaveCount(0);
  await page.context().close();
});

test("/track passes axe on a phone in the dark, and fits the screen", async ({ browser, request }) => {
  const booking = bookingBody({ customer: { email: uniqueEmail("track-phone") } });
  const reference = await postBooking(request, booking);
  const page = await visitor(browser, {
    colorScheme: "dark",
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await expectNoSeriousAxeViolations(page);
  expect((await lookUp(page, reference, booking.customer.email)).status()).toBe(200);
  await expect(page.getByRole("region", { name: new RegExp(reference) })).toContainText("Luna (cat)");
  await expectNoSeriousAxeViolations(page);
  expect(await hasHorizontalScroll(page), "/track scrolls sideways").toBe(false);
  await page.context().close();
});

test("the emailed “Follow your booking” link opens the journey at once; an altered one says so", async ({
  browser,
  adminState,
  request,
  consoleGuard,
}) => {
  // The altered link's lookup.
  consoleGuard.allow(failedRequest(404, /\/api\/v1\/track\/PP-[^?]+\?t=/));
  test.slow();
  const booking = bookingBody({ customer: { email: uniqueEmail("track-link") } });
  const reference = await postBooking(request, booking);
  const admin = await browser.newContext({ storageState: adminState });
  const link = await linkInEmail(admin, {
    to: booking.customer.email,
    subject: new RegExp(`We have your booking ${reference}`),
    link: "Follow your booking",
  });
  await admin.close();

  // The link carries the reference and a token, never the email.
  expect(link).not.toContain(encodeURIComponent(booking.customer.email));
  const emailed = new URL(link);
  const page = await visitor(browser);
  await page.goto(emailed.pathname + emailed.search);
  const summary = page.getByRole("region", { name: new RegExp(`Sara's booking ${reference}`) });
  await expect(summary).toContainText("Luna (cat)");
  await expect(page.getByRole("list", { name: "Journey steps" }).locator('[aria-current="step"]')).toContainText(
    "Booking received",
  );
  await expect(page.getByRole("main")).not.toContainText(booking.customer.email);

  const token = emailed.searchParams.get("t")!;
  emailed.searchParams.set("t", `${token[0] === "A" ? "B" : "A"}${token.slice(1)}`);
  await page.goto(emailed.pathname + emailed.search);
  await expect(alertOf(page)).toContainText("This link has expired or is not valid.");
  await expect(summary).toHaveCount(0);
  // The form is still there for the reference and email.
  await expect(page.getByLabel("Booking reference")).toBeVisible();
  await page.context().close();
});
