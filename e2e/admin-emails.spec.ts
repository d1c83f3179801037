import { bookingBody } from "../src/testing/factories/booking-body";
import { expect, failedRequest, test } from "./support/fixtures";
import { reloadUntilShown } from "./support/reload-until-shown";
import { signInAsTeam } from "./support/sign-in";
import { DEMO_STAFF } from "./support/team";

test("a booking's confirmation email is sent and can be previewed on the Emails page", async ({
  adminPage: page,
  request,
}) => {
  const booking = bookingBody();
  const created = await request.post("/api/v1/bookings", { data: booking });
  expect(created.status()).toBe(201);
  const { reference } = (await created.json()) as { reference: string };

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Emails" }).click();
  await expect(page).toHaveURL(/\/admin\/emails$/);
  const row = page.getByRole("row").filter({ hasText: booking.customer.email });
  // The worker polls every two seconds; reload until it has sent the message.
  await reloadUntilShown(page, row.getByText("sent", { exact: true }));
  await expect(row).toContainText(reference);

  await row.getByRole("link", { name: booking.customer.email }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`We have your booking ${reference}`);
  const preview = page.frameLocator(`iframe[title="Preview of We have your booking ${reference}"]`);
  await expect(preview.getByText(reference, { exact: true })).toBeVisible();
  await expect(preview.getByText(booking.pets[0]!.name, { exact: false }).first()).toBeVisible();

  // The development mailbox received it too.
  await page.getByRole("link", { name: "Mailbox" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`We have your booking ${reference}`) })).toBeVisible();
});

test("the back office is closed to visitors, and the Emails page to staff", async ({ page, consoleGuard }) => {
  // The page answers staff with its 404, which Chromium logs.
  consoleGuard.allow(failedRequest(404, /\/admin\/emails$/));
  await page.goto("/admin/emails");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Femails$/);

  await signInAsTeam(page, DEMO_STAFF, "/admin/emails");
  // Signed in as staff, the page does not exist for them.
  await page.goto("/admin/emails");
  await expect(page.getByRole("heading", { name: "Emails" })).toHaveCount(0);
  await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
});

test("a new booking opens from the back office with its customer, pets and emails", async ({
  staffPage: page,
  request,
}) => {
  const booking = bookingBody();
  const created = await request.post("/api/v1/bookings", { data: booking });
  const { reference } = (await created.json()) as { reference: string };

  await page.goto("/admin");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: reference })).toBeVisible();
  await expect(page.getByRole("region", { name: "Customer", exact: true })).toContainText(booking.customer.email);
  await expect(page.getByRole("region", { name: `Pet 1: ${booking.pets[0]!.name}` })).toBeVisible();
  // The timeline holds the booking's history and its emails.
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Booking received (customer)");
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Booking created from the booking API");
});
