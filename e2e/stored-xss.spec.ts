import type { Page } from "@playwright/test";
import { XSS_PAYLOADS } from "../tests/fixtures/xss-payloads";
import { bookingBody, petBody } from "../src/testing/factories/booking-body";
import { futureDate } from "../src/testing/factories/unique-values";
import { expect, test } from "./support/fixtures";

// Every payload of the corpus goes into a booking's text fields, an internal note and an edit (so it
// also appears in the timeline), then the record page and the table are opened: no script runs,
// and the text reads back exactly as typed. Each chunk's bookings share a travel date and a route no other
// test uses, so one table page (filtered to them) shows them all.

const CHUNKS = 2;
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  for (const frame of page.frames()) {
    expect(
      await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined),
    ).toBeUndefined();
  }
}

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const payloads = XSS_PAYLOADS.filter((_, index) => index % CHUNKS === chunk);
  test(`stored XSS, payloads ${chunk + 1} of ${CHUNKS}: shown as text in the record, its timeline and the table`, async ({
    adminPage: page,
  }) => {
    // A booking per payload, each written three times and rendered: three times the usual bound.
    test.slow();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const travelDate = futureDate(300 + chunk * 7 + Math.floor(Math.random() * 300));
    const route = { originCountry: "IS", destinationCountry: "FJ", travelDate };
    const referenceOf = new Map<string, string>();
    for (const payload of payloads) {
      const booking = bookingBody({ pets: [petBody({ name: payload.slice(0, 100) })] });
      booking.customer.name = payload;
      booking.route = { ...booking.route, ...route };
      booking.specialRequests = payload;
      const created = await page.request.post("/api/v1/bookings", { data: booking });
      expect(created.status(), payload).toBe(201);
      const { reference } = (await created.json()) as { reference: string };
      referenceOf.set(payload, reference);
      expect(
        (await page.request.post(`/api/v1/bookings/${reference}/notes`, { data: { body: payload } })).status(),
      ).toBe(201);
      const edited = await page.request.patch(`/api/v1/bookings/${reference}`, {
        data: { version: 1, specialRequests: `${payload} (edited)` },
      });
      expect(edited.status(), payload).toBe(200);

      await page.goto(`/admin/bookings/${reference}`);
      await expect(page.getByRole("heading", { name: reference })).toBeVisible();
      await expectNoScriptRan(page);
      const record = normalize(await page.locator("main").innerText());
      expect(record, payload).toContain(normalize(payload));
      expect(record, payload).toContain(normalize(`${payload} (edited)`));
    }

    const table = new URLSearchParams({
      origin: route.originCountry,
      destination: route.destinationCountry,
      travelFrom: travelDate,
      travelTo: travelDate,
      pageSize: "100",
    });
    await page.goto(`/admin?${table}`);
    const rows = page.getByRole("table", { name: "Bookings" }).getByRole("row");
    await expect(rows.filter({ has: page.getByRole("link", { name: referenceOf.get(payloads[0]!)! }) })).toBeVisible();
    await expectNoScriptRan(page);
    for (const [payload, reference] of referenceOf) {
      const row = rows.filter({ has: page.getByRole("link", { name: reference, exact: true }) });
      expect(normalize(await row.innerText()), payload).toContain(normalize(payload.slice(0, 100)).slice(0, 30));
    }
    expect(dialogs).toEqual([]);
  });
}
