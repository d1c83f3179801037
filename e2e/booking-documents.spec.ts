import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { postBooking } from "./support/bookings";
import { expect, test } from "./support/fixtures";
import { signedInCustomer } from "./support/customer-sign-in";
import { reloadUntilShown } from "./support/reload-until-shown";
import { DEMO_STAFF } from "./support/team";

// Documents on the record page (staff and admins) and on the portal (customers). Each test books through
// the public API, so it depends on no other spec. The server runs the local storage driver.

// The smallest files the server's byte check accepts: a 1×1 PNG (sharp makes its thumbnail) and a PDF header.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const pdf = (title: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${title}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

type Upload = { kind: string; pet?: string; name: string; mimeType: string; buffer: Buffer };

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Fills the upload form inside `scope` (the record's panel, a document's row, a portal booking) and sends it. */
async function fillUpload(page: Page, scope: Locator, upload: Upload, submit: string) {
  await choose(page, scope.getByRole("combobox", { name: "Type" }), upload.kind);
  if (upload.pet) await choose(page, scope.getByRole("combobox", { name: "Pet (optional)" }), upload.pet);
  await scope.getByLabel("File", { exact: true }).setInputFiles(upload);
  await scope.getByRole("button", { name: submit, exact: true }).click();
}

/** A customer on a phone (customers mostly add a photo of a paper from their phone), signed in by link. */
async function customerContext(browser: Browser, adminState: string, email: string): Promise<BrowserContext> {
  const admin = await browser.newContext({ storageState: adminState });
  try {
    return await signedInCustomer(browser, admin, email, {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
  } finally {
    await admin.close();
  }
}

const documentRow = (panel: Locator, name: string) => panel.getByRole("listitem", { name, exact: true });

test("staff upload, open and replace documents; an admin deletes and restores one", async ({
  staffPage,
  adminPage,
  request,
}) => {
  test.slow();
  const reference = await postBooking(request, bookingBody({ customer: { email: uniqueEmail("documents") } }));
  await staffPage.goto(`/admin/bookings/${reference}`);
  const panel = staffPage.getByRole("region", { name: "Documents" });
  await expect(panel).toContainText("No documents yet.");

  // A photo of the vaccination record for Luna, and the passport for the whole booking.
  await panel.getByRole("button", { name: "Upload a document" }).click();
  await fillUpload(
    staffPage,
    panel,
    { kind: "Vaccination record", pet: "Luna", name: "vaccination.png", mimeType: "image/png", buffer: PNG },
    "Upload",
  );
  await expect(panel.getByRole("status")).toHaveText("vaccination.png is uploaded.");
  const photo = documentRow(panel, "vaccination.png");
  await expect(photo).toContainText("Vaccination record · Luna");
  await expect(photo).toContainText(`via back office`);
  // The server-made thumbnail loads (a short-lived link to a WebP, never the upload itself).
  await expect
    .poll(() => photo.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  await panel.getByRole("button", { name: "Upload a document" }).click();
  await fillUpload(
    staffPage,
    panel,
    { kind: "Pet passport", name: "passport.pdf", mimeType: "application/pdf", buffer: pdf("passport") },
    "Upload",
  );
  await expect(panel.getByRole("status")).toHaveText("passport.pdf is uploaded.");
  const passport = documentRow(panel, "passport.pdf");
  await expect(passport).toContainText("Pet passport");
  await expect(passport.locator("img")).toHaveCount(0);

  // Opening is a plain link: 303 to a short-lived link that downloads, never shows inline.
  const open = passport.getByRole("link", { name: "Open passport.pdf" });
  const downloading = staffPage.waitForEvent("download");
  await open.click();
  expect((await downloading).suggestedFilename()).toBe("passport.pdf");
  const redirect = await staffPage.request.get((await open.getAttribute("href"))!, { maxRedirects: 0 });
  expect(redirect.status()).toBe(303);
  const file = await staffPage.request.get(redirect.headers().location!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment/);

  // Staff may replace, not delete.
  await expect(panel.getByRole("button", { name: /^Delete / })).toHaveCount(0);
  await passport.getByRole("button", { name: "Replace passport.pdf" }).click();
  await expect(passport.getByRole("combobox", { name: "Type" })).toHaveText("Pet passport");
  await passport.getByLabel("File", { exact: true }).setInputFiles({
    name: "passport-renewed.pdf",
    mimeType: "application/pdf",
    buffer: pdf("passport renewed"),
  });
  await passport.getByRole("button", { name: "Upload the replacement" }).click();
  await expect(panel.getByRole("status")).toHaveText("passport-renewed.pdf replaces passport.pdf.");
  await expect(documentRow(panel, "passport-renewed.pdf")).toContainText("Pet passport");
  await expect(passport).toContainText("Superseded");
  await expect(passport.getByRole("button", { name: "Replace passport.pdf" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(staffPage);

  // An admin deletes the photo, then restores it.
  await adminPage.goto(`/admin/bookings/${reference}`);
  const adminPanel = adminPage.getByRole("region", { name: "Documents" });
  const adminPhoto = documentRow(adminPanel, "vaccination.png");
  await adminPhoto.getByRole("button", { name: "Delete vaccination.png" }).click();
  const dialog = adminPage.getByRole("dialog", { name: "Delete vaccination.png?" });
  await dialog.getByRole("button", { name: "Delete document" }).click();
  await expect(adminPanel.getByRole("status")).toHaveText("vaccination.png is deleted.");
  await expect(adminPhoto).toContainText("Deleted");
  await expect(adminPhoto.getByRole("link", { name: "Open vaccination.png" })).toHaveCount(0);
  await adminPhoto.getByRole("button", { name: "Restore vaccination.png" }).click();
  await expect(adminPanel.getByRole("status")).toHaveText("vaccination.png is restored.");
  await expect(adminPhoto.getByRole("link", { name: "Open vaccination.png" })).toBeVisible();
  await expect(adminPhoto).not.toContainText("Deleted");
});

test("a customer adds a missing document on their journey; the assignee is emailed; another customer gets 404", async ({
  browser,
  staffPage,
  adminPage,
  adminState,
  request,
}) => {
  test.slow();
  const booking = bookingBody({ customer: { email: uniqueEmail("portal-documents") } });
  const reference = await postBooking(request, booking);
  const otherEmail = uniqueEmail("other-customer");
  await postBooking(request, bookingBody({ customer: { email: otherEmail } }));

  // The staff member takes the booking: the customer's document is theirs to check.
  await staffPage.goto(`/admin/bookings/${reference}`);
  const assignment = staffPage.getByRole("region", { name: "Assignment" });
  await assignment.getByRole("button", { name: "Assign to me" }).click();
  await expect(assignment.getByRole("button", { name: "Unassign" })).toBeVisible();

  const customer = await customerContext(browser, adminState, booking.customer.email);
  const page = await customer.newPage();
  // The documents are on the booking's journey, opened from the list.
  await page.goto("/portal");
  await page.getByRole("link", { name: new RegExp(reference) }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/bookings/${reference}$`));
  const documents = page.getByRole("region", { name: `Documents for ${reference}` });
  await expect(documents).toContainText("No documents yet.");
  await documents.getByRole("button", { name: `Add a document to ${reference}` }).click();
  await fillUpload(
    page,
    documents,
    { kind: "Health certificate", pet: "Luna", name: "health.pdf", mimeType: "application/pdf", buffer: pdf("health") },
    "Add the document",
  );
  await expect(documents.getByRole("status")).toHaveText("health.pdf is added. Our team has been told.");
  const health = documents.getByRole("listitem").filter({ hasText: "health.pdf" });
  await expect(health).toContainText("Health certificate · Luna");
  const open = health.getByRole("link", { name: "Open health.pdf" });
  await expect(open).toBeVisible();
  // Customers cannot delete.
  await expect(documents.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  const downloadUrl = (await open.getAttribute("href"))!;
  expect((await page.request.get(downloadUrl, { maxRedirects: 0 })).status()).toBe(303);
  await customer.close();

  // The assignee's email, as the development mailbox received it.
  await adminPage.goto("/admin/mailbox");
  const message = adminPage
    .getByRole("link")
    .filter({ hasText: DEMO_STAFF.email })
    .filter({ hasText: `${reference}: ${booking.customer.name} added a document (Health certificate)` });
  await reloadUntilShown(adminPage, message);

  // The staff member sees it on the record, from the portal.
  await staffPage.reload();
  await expect(documentRow(staffPage.getByRole("region", { name: "Documents" }), "health.pdf")).toContainText(
    "via customer portal",
  );

  // Another customer: the same link is a 404, as if the booking did not exist.
  const other = await customerContext(browser, adminState, otherEmail);
  expect((await other.request.get(downloadUrl, { maxRedirects: 0 })).status()).toBe(404);
  await other.close();
});
