import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { postBooking } from "./support/bookings";
import { expect, test } from "./support/fixtures";
import { reloadUntilShown } from "./support/reload-until-shown";
import { DEMO_ADMIN_NAME } from "./support/team";

// The booking record page (/admin/bookings/{reference}). Each test makes its own booking through the
// public API, so it depends on no other spec.

const createBooking = (request: APIRequestContext, email = uniqueEmail("record")) =>
  postBooking(request, bookingBody({ customer: { email } }));

/** The record in a browser of its own, signed in as the demo admin. */
async function openAsAdmin(browser: Browser, adminState: string, reference: string): Promise<Page> {
  const context = await browser.newContext({ storageState: adminState });
  const page = await context.newPage();
  await page.goto(`/admin/bookings/${reference}`);
  return page;
}

const timeline = (page: Page) => page.getByRole("list", { name: "Timeline" });

/** On the record: the steps before flight booked, each answered, then the flight dialog opened. */
async function openFlightDialog(page: Page) {
  const status = page.getByRole("region", { name: "Status" });
  for (const step of ["Mark confirmed", "Mark in progress"]) {
    await status.getByRole("button", { name: step }).click();
    await expect(status.getByRole("status")).toHaveText(/^Status changed/);
  }
  await status.getByRole("button", { name: "Mark flight booked…" }).click();
  return { status, dialog: page.getByRole("dialog", { name: "Flight booked: the flight" }) };
}

test("an admin changes a pet's weight; the record and the timeline say what changed", async ({
  adminPage: page,
  request,
}) => {
  const reference = await createBooking(request);
  await page.goto(`/admin/bookings/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: reference })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pet 1: Luna" })).toContainText("4.2 kg");

  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: `Edit booking ${reference}` });
  await form.getByLabel("Weight in kg").fill("200");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Weight must be at most 150 kg")).toBeVisible();
  await form.getByLabel("Weight in kg").fill("5.1");
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Saved 1 change." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pet 1: Luna" })).toContainText("5.1 kg");
  await expect(timeline(page)).toContainText("Luna's weight (kg) changed from “4.2” to “5.1”");
  await expect(timeline(page)).toContainText(`Details changed by ${DEMO_ADMIN_NAME}`);
});

test("two admins edit the same booking: the later save is refused with the colleague's change, and keeps its edits", async ({
  browser,
  adminState,
  request,
}) => {
  const reference = await createBooking(request);
  const first = await openAsAdmin(browser, adminState, reference);
  const second = await openAsAdmin(browser, adminState, reference);
  for (const page of [first, second]) await page.getByRole("button", { name: "Edit details" }).click();

  const firstForm = first.getByRole("form", { name: `Edit booking ${reference}` });
  await firstForm.getByLabel("Weight in kg").fill("5.1");
  await firstForm.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved 1 change." })).toBeVisible();

  const secondForm = second.getByRole("form", { name: `Edit booking ${reference}` });
  await secondForm.getByLabel("Special requests").fill("Collect from the office, not from home");
  await secondForm.getByRole("button", { name: "Save changes" }).click();
  const refusal = secondForm.getByRole("alert").filter({ hasText: "Your changes were not saved" });
  await expect(refusal).toContainText("Someone else saved booking");
  await expect(refusal.getByRole("list", { name: "Changes made since you opened the booking" })).toContainText(
    `Details changed by ${DEMO_ADMIN_NAME}`,
  );
  await expect(refusal).toContainText("Luna's weight (kg) changed from “4.2” to “5.1”");
  // Nothing of theirs was saved, and what they typed is still there.
  await expect(secondForm.getByLabel("Special requests")).toHaveValue("Collect from the office, not from home");

  await refusal.getByRole("button", { name: "Load their changes and keep mine" }).click();
  await expect(refusal).toHaveCount(0);
  await expect(secondForm.getByLabel("Weight in kg")).toHaveValue("5.1");
  await expect(secondForm.getByLabel("Special requests")).toHaveValue("Collect from the office, not from home");
  await secondForm.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved 1 change." })).toBeVisible();

  // Both people's work is in the booking.
  await expect(second.getByRole("region", { name: "Special requests" })).toContainText(
    "Collect from the office, not from home",
  );
  await expect(second.getByRole("region", { name: "Pet 1: Luna" })).toContainText("5.1 kg");
  await first.context().close();
  await second.context().close();
});

test("pending → confirmed → in progress → flight booked, and the customer gets the flight by email", async ({
  adminPage: page,
  request,
}) => {
  const reference = await createBooking(request);
  await page.goto(`/admin/bookings/${reference}`);
  const status = page.getByRole("region", { name: "Status" });
  await expect(status.getByRole("checkbox", { name: "Email the customer about this change" })).toBeChecked();

  await status.getByRole("button", { name: "Mark confirmed" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed; the customer is being emailed.");
  await status.getByRole("button", { name: "Mark in progress" }).click();
  await expect(status.getByRole("button", { name: "Mark flight booked…" })).toBeVisible();
  await expect(timeline(page)).toContainText(`Status changed from Confirmed to In progress by ${DEMO_ADMIN_NAME}`);

  await status.getByRole("button", { name: "Mark flight booked…" }).click();
  const dialog = page.getByRole("dialog", { name: "Flight booked: the flight" });
  await dialog.getByRole("button", { name: "Mark flight booked" }).click();
  await expect(dialog.getByText("Enter the airline")).toBeVisible();
  await expect(dialog.getByText("Enter the departure date and time")).toBeVisible();

  await dialog.getByLabel("Airline").fill("Emirates");
  await dialog.getByLabel("Flight number").fill("ek 1");
  await dialog.getByLabel("Departure airport").fill("dxb");
  await dialog.getByLabel("Departure (local time)").fill("2027-03-14T02:35");
  await dialog.getByLabel("Arrival airport").fill("LHR");
  await dialog.getByLabel("Arrival (local time)").fill("2027-03-14T06:40");
  // Each airport's zone comes from its code: nobody picks an offset.
  await expect(dialog.getByText("Dubai time (UTC+04:00)")).toBeVisible();
  await expect(dialog.getByText("London time (UTC+00:00)")).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: /time zone/ })).toHaveCount(0);
  await dialog.getByLabel("Air waybill").fill("176-12345675");
  await expect(dialog.getByRole("checkbox", { name: "Email the customer the flight details" })).toBeChecked();
  await dialog.getByRole("button", { name: "Mark flight booked" }).click();

  await expect(dialog).toHaveCount(0);
  await expect(status.getByRole("status")).toHaveText("Status changed; the customer is being emailed.");
  const flight = page.getByRole("region", { name: "Flight details" });
  await expect(flight).toContainText("Emirates EK 1");
  await expect(flight).toContainText("DXB · 14 Mar 2027, 02:35 Dubai time (UTC+04:00)");
  await expect(flight).toContainText("LHR · 14 Mar 2027, 06:40 London time (UTC+00:00)");
  await expect(flight.getByRole("button", { name: "Correct flight details" })).toBeVisible();

  // The in-process worker delivers to the development mailbox within seconds.
  await page.goto("/admin/mailbox");
  const message = page.getByRole("link", { name: new RegExp(`Flight booked for ${reference}: Emirates EK 1`) });
  await reloadUntilShown(page, message);
  await message.click();
  const email = page.frameLocator(`iframe[title^="Message: Flight booked for ${reference}"]`);
  await expect(email.getByText("DXB", { exact: false }).first()).toBeVisible();
  await expect(email.getByText("176-12345675")).toBeVisible();
});

test("a note keeps its line breaks and can be edited; assigning to me puts the booking under the table's “me” filter", async ({
  adminPage: page,
  request,
}) => {
  const reference = await createBooking(request);
  await page.goto(`/admin/bookings/${reference}`);

  const notes = page.getByRole("region", { name: "Internal notes" });
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText("Write the note")).toBeVisible();
  await notes.getByLabel("New internal note").fill("Vet check on Monday\nCrate size: <b>L</b>");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByRole("status")).toHaveText("Note added.");
  const note = notes.getByRole("list", { name: "Internal notes" }).getByRole("listitem").first();
  await expect(note).toContainText(DEMO_ADMIN_NAME);
  // As text, line break and all: the angle brackets are the words someone typed, not markup.
  expect(await note.getByText("Vet check on Monday").innerText()).toBe("Vet check on Monday\nCrate size: <b>L</b>");

  await note.getByRole("button", { name: /^Edit note by/ }).click();
  await note.getByLabel("Edit note").fill("Vet check moved to Tuesday");
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(notes.getByRole("status")).toHaveText("Note saved.");
  await expect(note).toContainText("Vet check moved to Tuesday");
  await expect(timeline(page)).toContainText(`Internal note edited by ${DEMO_ADMIN_NAME}`);

  const assignment = page.getByRole("region", { name: "Assignment" });
  await assignment.getByRole("button", { name: "Assign to me" }).click();
  await expect(assignment.getByRole("status")).toHaveText(`Assigned to ${DEMO_ADMIN_NAME}.`);
  await expect(assignment.getByRole("combobox", { name: "Assigned to" })).toHaveText(DEMO_ADMIN_NAME);
  await expect(timeline(page)).toContainText(`Assigned to ${DEMO_ADMIN_NAME} by ${DEMO_ADMIN_NAME}`);

  await page.goto("/admin?assignee=me");
  await expect(page.getByRole("link", { name: reference })).toBeVisible();
});

test("an admin deletes a booking and restores it", async ({ adminPage: page, request }) => {
  const reference = await createBooking(request);
  await page.goto(`/admin/bookings/${reference}`);

  await page.getByRole("button", { name: "Delete booking" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete booking ${reference}?` });
  await dialog.getByRole("button", { name: "Delete booking" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?removed=${reference}$`));
  await expect(page.getByRole("status").filter({ hasText: `Booking ${reference} was deleted.` })).toBeVisible();
  await expect(page.getByRole("link", { name: reference, exact: true })).toHaveCount(0);

  await expect(page.getByRole("link", { name: "Open it to restore" })).toBeVisible();
  // Admins find deleted bookings from the table.
  await page.getByRole("link", { name: "Deleted bookings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deleted bookings" })).toBeVisible();
  await page.getByRole("link", { name: reference, exact: true }).click();
  const banner = page.getByRole("region", { name: "Deleted booking" });
  await expect(banner).toContainText("This booking was deleted on");
  // A deleted booking cannot be changed, only restored or removed for good.
  await expect(page.getByRole("region", { name: "Status" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit details" })).toHaveCount(0);

  await banner.getByRole("button", { name: "Delete permanently…" }).click();
  const purge = page.getByRole("dialog", { name: `Delete ${reference} permanently?` });
  await expect(purge.getByRole("button", { name: "Delete permanently" })).toBeDisabled();
  await purge.getByRole("button", { name: "Cancel" }).click();

  await banner.getByRole("button", { name: "Restore booking" }).click();
  await expect(banner).toHaveCount(0);
  await expect(timeline(page)).toContainText(`Booking restored by ${DEMO_ADMIN_NAME}`);
  await expect(
    page.getByRole("region", { name: "Status" }).getByRole("button", { name: "Mark confirmed" }),
  ).toBeVisible();
});

test("staff change the status and write notes, but see no edit or delete controls", async ({
  staffPage: page,
  request,
}) => {
  const reference = await createBooking(request);
  await page.goto(`/admin/bookings/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: reference })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit details" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete booking" })).toHaveCount(0);
  await expect(page.getByLabel("New internal note")).toBeVisible();
  // Staff cannot open email previews: the timeline names the email without a link.
  await expect(timeline(page)).toContainText("Booking received");
  await expect(timeline(page).getByRole("link")).toHaveCount(0);

  await page.getByRole("region", { name: "Status" }).getByRole("button", { name: "Mark confirmed" }).click();
  await expect(page.getByRole("region", { name: "Status" }).getByRole("status")).toHaveText(
    "Status changed; the customer is being emailed.",
  );
  await expect(
    page.getByRole("region", { name: "Status" }).getByRole("button", { name: "Mark in progress" }),
  ).toBeVisible();
});

test("the record reads on a phone: nothing runs off the side of the screen", async ({ adminPage: page, request }) => {
  const reference = await createBooking(request);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/admin/bookings/${reference}`);
  await expect(page.getByRole("heading", { level: 1, name: reference })).toBeVisible();
  await page.getByRole("button", { name: "Edit details" }).click();
  await expect(page.getByRole("form", { name: `Edit booking ${reference}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("the table's bulk actions move and assign the selected bookings, and say which could not move and why", async ({
  adminPage: page,
  request,
}) => {
  const email = uniqueEmail("bulk");
  const references = [await createBooking(request, email), await createBooking(request, email)].sort();
  await page.goto(`/admin?q=${encodeURIComponent(email)}`);
  for (const reference of references)
    await expect(page.getByRole("link", { name: reference, exact: true })).toBeVisible();

  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Select every booking on this page" }).check();
  await expect(bulk).toContainText("2 selected");
  await bulk.getByRole("combobox", { name: "Move to status" }).click();
  await page.getByRole("option", { name: "Confirmed" }).click();
  await bulk.getByRole("button", { name: "Move" }).click();
  const summary = page.getByRole("status").filter({ hasText: "Moved to confirmed" });
  await expect(summary).toContainText(`Moved to confirmed: ${references.join(", ")}.`);
  // The refreshed rows clear the selection; ticking before they arrive would be undone by them.
  await expect(bulk).toHaveCount(0);

  // A step the workflow does not allow is refused for each booking, with the reason.
  await page.getByRole("checkbox", { name: `Select ${references[0]}` }).check();
  await expect(bulk).toContainText("1 selected");
  await bulk.getByRole("combobox", { name: "Move to status" }).click();
  await page.getByRole("option", { name: "Completed" }).click();
  await bulk.getByRole("button", { name: "Move" }).click();
  const refused = page.getByRole("status").filter({ hasText: "Moved to completed" });
  await expect(refused).toContainText("Moved to completed: none. 1 could not be changed:");
  await expect(refused).toContainText(`${references[0]}: A booking that is confirmed cannot move to completed`);
  await expect(bulk).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Select every booking on this page" }).check();
  await bulk.getByRole("combobox", { name: "Assign to" }).click();
  await page.getByRole("option", { name: DEMO_ADMIN_NAME }).click();
  await bulk.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Assigned to ${DEMO_ADMIN_NAME}` })).toContainText(
    references.join(", "),
  );
  await page.goto(`/admin?assignee=me&q=${encodeURIComponent(email)}`);
  for (const reference of references)
    await expect(page.getByRole("link", { name: reference, exact: true })).toBeVisible();
});

test("a flight typed in Toronto's local time in May is stored as −04:00 and shown with its zone; Cancel keeps nothing", async ({
  adminPage: page,
  request,
}) => {
  const reference = await createBooking(request);
  await page.goto(`/admin/bookings/${reference}`);
  const { status, dialog } = await openFlightDialog(page);
  await dialog.getByLabel("Airline").fill("Air Canada");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  // Nothing was saved: the booking is still in progress, its next step still to come.
  await expect(status.getByRole("button", { name: "Mark flight booked…" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Flight details" })).not.toContainText("Air Canada");

  await status.getByRole("button", { name: "Mark flight booked…" }).click();
  await dialog.getByLabel("Airline").fill("Air Canada");
  await dialog.getByLabel("Flight number").fill("AC 57");
  await dialog.getByLabel("Departure airport").fill("YYZ");
  await dialog.getByLabel("Departure (local time)").fill("2027-05-20T03:10");
  await expect(dialog.getByText("Toronto time (UTC-04:00)")).toBeVisible();
  await dialog.getByLabel("Arrival airport").fill("DXB");
  await dialog.getByLabel("Arrival (local time)").fill("2027-05-21T00:05");
  await expect(dialog.getByText("Dubai time (UTC+04:00)")).toBeVisible();
  await dialog.getByRole("checkbox", { name: "Email the customer the flight details" }).uncheck();
  await dialog.getByRole("button", { name: "Mark flight booked" }).click();
  await expect(dialog).toHaveCount(0);

  const flight = page.getByRole("region", { name: "Flight details" });
  await expect(flight).toContainText("YYZ · 20 May 2027, 03:10 Toronto time (UTC-04:00)");
  await expect(flight).toContainText("DXB · 21 May 2027, 00:05 Dubai time (UTC+04:00)");
  await expect(timeline(page)).toContainText(
    "YYZ 20 May 2027, 03:10 Toronto time (UTC-04:00) → DXB 21 May 2027, 00:05 Dubai time (UTC+04:00)",
  );
  // The API gives the time with the offset Toronto's clocks show in May (daylight saving).
  const stored = (await (await page.request.get(`/api/v1/bookings/${reference}`)).json()) as {
    flight: { departureTime: string; arrivalTime: string };
  };
  expect(stored.flight.departureTime).toBe("2027-05-20T03:10:00-04:00");
  expect(stored.flight.arrivalTime).toBe("2027-05-21T00:05:00+04:00");
});

test("on a phone, the record's first control is the status step, its usual next step the main button; delete comes last", async ({
  browser,
  adminState,
  request,
}) => {
  const reference = await createBooking(request);
  const context = await browser.newContext({
    storageState: adminState,
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`/admin/bookings/${reference}`);
  const main = page.getByRole("main");
  // Flags are pictures (never emoji, which many browsers draw as empty boxes), with the country's code as text.
  const header = main.getByRole("banner").or(main.locator("header")).first();
  await expect(header.getByRole("img", { name: "United Arab Emirates" })).toBeVisible();
  await expect(header).toContainText("AE Dubai");
  await expect(main.getByRole("button").first()).toHaveText("Mark confirmed");
  await expect(main.getByRole("button").last()).toHaveText("Delete booking");
  const { status, dialog } = await openFlightDialog(page);
  await dialog.getByLabel("Airline").fill("Emirates");
  await dialog.getByLabel("Flight number").fill("EK 1");
  await dialog.getByLabel("Departure airport").fill("DXB");
  await dialog.getByLabel("Departure (local time)").fill("2027-03-14T02:35");
  await dialog.getByLabel("Arrival airport").fill("LHR");
  await dialog.getByLabel("Arrival (local time)").fill("2027-03-14T06:40");
  await dialog.getByRole("button", { name: "Mark flight booked" }).click();
  await expect(dialog).toHaveCount(0);
  // After flight booked: Completed is the usual step, first; going back and cancelling follow it.
  await expect(status.getByRole("button")).toHaveText(["Mark completed", "Mark in progress", "Cancel booking"]);
  await context.close();
});
