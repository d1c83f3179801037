import type { Locator, Page } from "@playwright/test";
import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { formatCalendarDay, formatInstant } from "../src/lib/format-date-time";
import { postBooking } from "./support/bookings";
import { expect, test } from "./support/fixtures";

// Every time on the back office's pages is written one way and says its zone, the office's (Dubai), whatever
// the reader's own zone: this browser runs in Los Angeles. The server's render and the browser's must agree
// (a hydration mismatch is a console error here).

const OFFICE_ZONE = "Asia/Dubai";
const ONE_FORMAT =
  /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}(:\d{2})? Dubai time \(UTC\+04:00\)$/;

/** Each <time> in the area reads as the one formatter writes its instant, with the zone. */
async function expectZonedTimes(area: Locator, options: { seconds?: boolean } = {}) {
  const times = area.locator("time");
  await expect(times.first()).toBeVisible();
  const shown = await times.evaluateAll((elements) =>
    elements.map((element) => ({ at: element.getAttribute("datetime") ?? "", text: element.textContent ?? "" })),
  );
  for (const { at, text } of shown) {
    expect(text).toMatch(ONE_FORMAT);
    expect(text).toBe(formatInstant(at, OFFICE_ZONE, options));
  }
}

function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

test("the record's timeline, the Emails page and the audit log write times one way, in Dubai time, for a reader in Los Angeles", async ({
  browser,
  adminState,
  request,
}) => {
  const booking = bookingBody({ customer: { email: uniqueEmail("zones") } });
  const reference = await postBooking(request, booking);
  const context = await browser.newContext({ storageState: adminState, timezoneId: "America/Los_Angeles" });
  const page = await context.newPage();
  const problems = consoleProblems(page);

  await page.goto(`/admin/bookings/${reference}`);
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Booking created");
  await expectZonedTimes(timeline);
  // A travel date is a day, not an instant: the same day for everyone, in the one day format.
  await expect(page.getByRole("main")).toContainText(formatCalendarDay(booking.route.travelDate));

  await page.goto("/admin/emails");
  await expectZonedTimes(page.getByRole("row").filter({ hasText: reference }));

  await page.goto("/admin/audit");
  await expectZonedTimes(page.getByRole("region", { name: "Audit log lines" }), { seconds: true });

  expect(problems).toEqual([]);
  await context.close();
});
