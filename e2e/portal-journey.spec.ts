import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { expectNoSeriousAxeViolations, hasHorizontalScroll } from "./support/axe";
import { postBooking } from "./support/bookings";
import { signedInCustomer } from "./support/customer-sign-in";
import { expect, test } from "./support/fixtures";

// The customer's journey page, live: staff change the booking on its record in another browser while the
// customer watches, and each change shows without a reload (the event stream; polling when it is blocked).
// Each test books through the public API and signs its customer in by emailed link.

/** A booking made through the public API, and its customer signed in by link in a browser of their own. */
async function bookedCustomer(
  { browser, adminState, request }: { browser: Browser; adminState: string; request: APIRequestContext },
  label: string,
): Promise<{ reference: string; customer: BrowserContext }> {
  const booking = bookingBody({ customer: { email: uniqueEmail(label) } });
  const reference = await postBooking(request, booking);
  const admin = await browser.newContext({ storageState: adminState });
  try {
    return { reference, customer: await signedInCustomer(browser, admin, booking.customer.email) };
  } finally {
    await admin.close();
  }
}

const currentStep = (page: Page) => page.getByRole("list", { name: "Journey steps" }).locator('[aria-current="step"]');
const announcement = (page: Page) => page.getByRole("status").filter({ hasText: /^Updated/ });

/** Staff on the record: the status's next step, then its answer. */
async function markStatus(staff: Page, button: string) {
  const status = staff.getByRole("region", { name: "Status" });
  await status.getByRole("button", { name: button }).click();
  await expect(status.getByRole("status")).toHaveText(/^Status changed/);
}

const nextYear = new Date().getFullYear() + 1;

// The smallest image the server's byte check accepts: a 1×1 PNG (the server makes its thumbnail).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

test("the customer sees staff confirm the booking, post an update with a photo and book the flight, without reloading", async ({
  browser,
  adminState,
  staffPage,
  request,
}) => {
  test.slow();
  const { reference, customer } = await bookedCustomer({ browser, adminState, request }, "journey-live");
  const page = await customer.newPage();

  // The list links each booking to its journey, which listens for changes once open.
  await page.goto("/portal");
  const stream = page.waitForResponse((response) => response.url().endsWith(`/${reference}/events`));
  await page.getByRole("link", { name: new RegExp(`${reference}.*Follow the journey`) }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/bookings/${reference}$`));
  const streamed = await stream;
  expect(streamed.status()).toBe(200);
  expect(await streamed.headerValue("cache-control")).toBe("no-store");
  // Never compressed, though the browser accepts gzip: the app compresses nothing (Caddy does, and leaves the
  // stream out), and a compressor per open stream would cost far more memory than it saves on a few bytes.
  expect(await streamed.request().headerValue("accept-encoding")).toContain("gzip");
  expect(await streamed.headerValue("content-encoding")).toBeNull();
  await expect(page.getByRole("heading", { level: 1, name: "Your pets' journey" })).toBeVisible();
  await expect(currentStep(page)).toContainText("Booking received");
  await expect(page.getByRole("region", { name: "Flight" })).toContainText("The flight is not booked yet.");
  await expect(page.getByRole("list", { name: "Documents still needed" })).toContainText("Pet passport for Luna");
  await expect(page.getByRole("region", { name: "Questions?" })).toContainText("PawPath");
  // No status control: nothing on the page changes the booking but "Add a document".
  await expect(page.getByRole("button", { name: /^Mark / })).toHaveCount(0);

  await staffPage.goto(`/admin/bookings/${reference}`);
  await markStatus(staffPage, "Mark confirmed");
  await expect(currentStep(page)).toContainText("Booking confirmed");
  await expect(announcement(page)).toHaveText("Updated: Booking confirmed.");

  await markStatus(staffPage, "Mark in progress");
  await expect(currentStep(page)).toContainText("Preparing for travel");

  // An update with a photo: its text, and a thumbnail that opens the photo.
  const section = staffPage.getByRole("region", { name: "Update for the customer" });
  await section.getByRole("textbox", { name: "Update for the customer" }).fill("Luna is at the kennel and ate well.");
  await section.getByLabel("Photo (optional)").setInputFiles({ name: "luna.png", mimeType: "image/png", buffer: PNG });
  await section.getByRole("button", { name: "Post update" }).click();
  const updates = page.getByRole("list", { name: "Updates from our team" });
  await expect(updates).toContainText("Luna is at the kennel and ate well.");
  await expect(announcement(page)).toHaveText("Updated: a new update from our team.");
  await expect(updates.getByRole("link", { name: "Open the photo luna.png" })).toBeVisible();

  await staffPage.getByRole("region", { name: "Status" }).getByRole("button", { name: "Mark flight booked…" }).click();
  const dialog = staffPage.getByRole("dialog", { name: "Flight booked: the flight" });
  await dialog.getByLabel("Airline").fill("Emirates");
  await dialog.getByLabel("Flight number").fill("EK 1");
  await dialog.getByLabel("Departure airport").fill("DXB");
  await dialog.getByLabel("Departure (local time)").fill(`${nextYear}-03-14T02:35`);
  await dialog.getByLabel("Arrival airport").fill("LHR");
  await dialog.getByLabel("Arrival (local time)").fill(`${nextYear}-03-14T06:40`);
  await expect(dialog.getByText("London time (UTC+00:00)")).toBeVisible();
  await dialog.getByLabel("Air waybill").fill("176-12345675");
  await dialog.getByRole("button", { name: "Mark flight booked" }).click();
  await expect(dialog).toHaveCount(0);

  // Each airport's own time, as the airline gave it, naming its zone (the customer's browser is in Dubai:
  // London's stays 06:40).
  await expect(currentStep(page)).toContainText("Flight booked");
  const flight = page.getByRole("region", { name: "Flight" });
  await expect(flight).toContainText("Emirates EK 1");
  await expect(flight).toContainText(`14 Mar ${nextYear}, 02:35 Dubai time (UTC+04:00)`);
  await expect(flight).toContainText(`14 Mar ${nextYear}, 06:40 London time (UTC+00:00)`);
  await expect(flight).toContainText("176-12345675");
  // The steps reached so far each carry their date.
  await expect(page.getByRole("list", { name: "Journey steps" }).locator("li time")).toHaveCount(4);
  await expectNoSeriousAxeViolations(page);
  await customer.close();
});

test("with the event stream blocked, a change still shows, by polling", async ({
  browser,
  adminState,
  staffPage,
  request,
  consoleGuard,
}) => {
  test.slow();
  // The stream this test blocks, each attempt as Chromium logs it.
  consoleGuard.allow({ text: "net::ERR_FAILED", url: /\/api\/v1\/me\/bookings\/[^/]+\/events$/ });
  const { reference, customer } = await bookedCustomer({ browser, adminState, request }, "journey-poll");
  const page = await customer.newPage();
  let blocked = 0;
  await page.route(`**/api/v1/me/bookings/${reference}/events`, (route) => {
    blocked += 1;
    return route.abort();
  });
  await page.goto(`/portal/bookings/${reference}`);
  await expect(currentStep(page)).toContainText("Booking received");
  // The page has tried the stream (after hydration) and been refused.
  await expect.poll(() => blocked).toBeGreaterThan(0);

  await staffPage.goto(`/admin/bookings/${reference}`);
  await markStatus(staffPage, "Mark confirmed");
  // The first poll comes within 30 seconds of giving up on the stream.
  await expect(currentStep(page)).toContainText("Booking confirmed", { timeout: 75_000 });
  await expect(announcement(page)).toHaveText("Updated: Booking confirmed.");
  await customer.close();
});

test("the portal and the journey pass axe on a desktop and a phone, light and dark", async ({
  browser,
  adminState,
  request,
}) => {
  test.slow();
  const { reference, customer: signedIn } = await bookedCustomer({ browser, adminState, request }, "journey-axe");
  const session = await signedIn.storageState();
  await signedIn.close();

  const shapes = [
    { name: "desktop, light", options: { colorScheme: "light" as const } },
    { name: "desktop, dark", options: { colorScheme: "dark" as const } },
    {
      name: "phone, light",
      options: { colorScheme: "light" as const, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
    },
    {
      name: "phone, dark",
      options: { colorScheme: "dark" as const, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
    },
  ];
  for (const shape of shapes) {
    await test.step(shape.name, async () => {
      const context = await browser.newContext({ storageState: session, ...shape.options });
      const page = await context.newPage();
      await page.goto("/portal");
      await expect(page.getByRole("link", { name: new RegExp(reference) })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      expect(await hasHorizontalScroll(page), `/portal scrolls sideways (${shape.name})`).toBe(false);
      await page.goto(`/portal/bookings/${reference}`);
      await expect(currentStep(page)).toContainText("Booking received");
      await expectNoSeriousAxeViolations(page);
      expect(await hasHorizontalScroll(page), `the journey scrolls sideways (${shape.name})`).toBe(false);
      await context.close();
    });
  }
});

/** An instant as the API takes it: ISO 8601 in Dubai's offset. */
function dubaiTime(at: Date): string {
  return `${new Date(at.getTime() + 4 * 3_600_000).toISOString().slice(0, 19)}+04:00`;
}

test("an open journey moves on to “In the air” and “Arrived” when the flight's times pass", async ({
  browser,
  adminState,
  staffState,
  request,
}) => {
  test.slow();
  const { reference, customer } = await bookedCustomer({ browser, adminState, request }, "journey-flight-times");
  const staff = await browser.newContext({ storageState: staffState });
  const move = async (data: object) => {
    const response = await staff.request.post(`/api/v1/bookings/${reference}/status`, { data });
    expect(response.status(), await response.text()).toBe(200);
  };
  await move({ status: "confirmed", notifyCustomer: false });
  await move({ status: "in_progress", notifyCustomer: false });
  // A flight leaving a few seconds from now and landing a few seconds later: no event marks either moment.
  const booked = Date.now();
  await move({
    status: "flight_booked",
    notifyCustomer: false,
    flight: {
      airline: "Emirates",
      flightNumber: "EK 1",
      departureAirport: "DXB",
      departureTime: dubaiTime(new Date(booked + 8_000)),
      arrivalAirport: "LHR",
      arrivalTime: dubaiTime(new Date(booked + 16_000)),
    },
  });
  await staff.close();

  const page = await customer.newPage();
  await page.goto(`/portal/bookings/${reference}`);
  await expect(currentStep(page)).toBeVisible();
  const opened = Date.now();
  // On a machine slow enough for the departure (or the arrival) to pass before the page opened, that part
  // was shown by the server already; what follows still has to happen on the open page.
  if (opened < booked + 7_000) await expect(currentStep(page)).toContainText("Flight booked");
  await expect(currentStep(page)).toContainText(/In the air|Arrived/, { timeout: 30_000 });
  await expect(currentStep(page)).toContainText("Arrived", { timeout: 30_000 });
  if (opened < booked + 15_000) await expect(announcement(page)).toHaveText("Updated: Arrived.");
  await customer.close();
});

test("the customer corrects their phone: a bad number is refused beside the field, a good one is kept", async ({
  browser,
  adminState,
  request,
}) => {
  test.slow();
  const { customer } = await bookedCustomer({ browser, adminState, request }, "journey-contact");
  const page = await customer.newPage();
  await page.goto("/portal");
  const form = page.getByRole("form", { name: "Your contact details" });
  const phone = form.getByLabel("Phone number");
  await phone.fill("12345");
  await form.getByRole("button", { name: "Save contact details" }).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(/Enter a valid phone number with its country code/);
  // The email is the sign-in identity: shown, never a field.
  await expect(form.getByRole("textbox", { name: /email/i })).toHaveCount(0);

  await phone.fill("+971 55 765 4321");
  await form.getByRole("radio", { name: "WhatsApp" }).check();
  await form.getByLabel("WhatsApp number").fill("+971 55 765 4321");
  await form.getByRole("button", { name: "Save contact details" }).click();
  await expect(form.getByRole("status")).toHaveText("Your contact details are saved.");
  await expect(phone).not.toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(form.getByLabel("Phone number")).toHaveValue(/\+971 ?55 ?765 ?4321/);
  await expect(form.getByRole("radio", { name: "WhatsApp" })).toBeChecked();
  await customer.close();
});
