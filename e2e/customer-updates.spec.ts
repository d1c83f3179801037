import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { postBooking } from "./support/bookings";
import { expect, test } from "./support/fixtures";

// The record page's "Update for the customer" (staff and admins) and its withdrawal (admins). The booking
// is made through the public API, so the spec depends on no other. The server runs the local storage driver.

// The smallest image the server's byte check accepts: a 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

test("staff post an update with a photo and see it in the timeline; an admin withdraws it", async ({
  staffPage,
  adminPage,
  request,
}) => {
  test.slow();
  const reference = await postBooking(request, bookingBody({ customer: { email: uniqueEmail("updates") } }));
  const text = `Luna passed her health check today ${Date.now()}. Her crate is ready.`;

  await staffPage.goto(`/admin/bookings/${reference}`);
  const section = staffPage.getByRole("region", { name: "Update for the customer" });
  const words = section.getByRole("textbox", { name: "Update for the customer" });

  // Nothing written: refused beside the field, before anything is sent.
  await section.getByRole("button", { name: "Post update" }).click();
  await expect(section.getByText("Write the update for the customer")).toBeVisible();
  await expect(words).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(staffPage);

  await words.fill(text);
  await expect(section).toContainText(`${text.length} of 1,000 characters`);
  await section.getByLabel("Photo (optional)").setInputFiles({ name: "luna.png", mimeType: "image/png", buffer: PNG });
  await section.getByRole("checkbox", { name: "Email the customer" }).click();
  await expect(section.getByRole("checkbox", { name: "Email the customer" })).not.toBeChecked();
  await section.getByRole("button", { name: "Post update" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "Update posted; the customer sees it on their booking page with the photo.",
  );
  await expect(words).toHaveValue("");

  const timeline = staffPage.getByRole("list", { name: "Timeline" });
  const posted = timeline.getByRole("listitem").filter({ hasText: text });
  await expect(posted).toContainText("Update for the customer");
  await expect(posted).toContainText("With a photo");
  // Staff cannot withdraw; the photo is one of the booking's documents.
  await expect(posted.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  await expect(staffPage.getByRole("region", { name: "Documents" })).toContainText("luna.png");

  await adminPage.goto(`/admin/bookings/${reference}`);
  const adminEntry = adminPage.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ hasText: text });
  await adminEntry.getByRole("button", { name: "Withdraw" }).click();
  const dialog = adminPage.getByRole("dialog", { name: "Withdraw this update?" });
  await dialog.getByRole("button", { name: "Withdraw update" }).click();
  await expect(dialog).toBeHidden();
  await expect(adminEntry).toContainText("Withdrawn: the customer no longer sees it");
  await expect(adminEntry.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  await expect(
    adminPage.getByRole("list", { name: "Timeline" }).getByText("Update for the customer withdrawn"),
  ).toBeVisible();
});
