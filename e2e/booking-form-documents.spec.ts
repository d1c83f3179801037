import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, failedRequest, test } from "./support/fixtures";
import { expectNoSeriousAxeViolations, hasHorizontalScroll } from "./support/axe";
import { bookingForm } from "./support/booking-form";
import { recordSubmits } from "./support/submissions";
import { familyBookingBody } from "../src/testing/factories/booking-body";
import type { BookingDocumentView } from "../src/contracts/documents/views";

// Documents on /book: chosen per pet with a type, sent while the person fills in the form, checked by
// the server from their bytes, kept through a reload once checked, and attached when the booking is sent.

const FIXTURES = path.join(import.meta.dirname, "fixtures/documents");
const PDF = "vaccination-record.pdf";
const PNG = "passport-photo.png";
/** An HTML page renamed .pdf: the name says PDF, the bytes do not. */
const FAKE_PDF = "not-really.pdf";
const fixture = (name: string) => path.join(FIXTURES, name);

/** One pet's documents part of the form, found by its pet's name as a person reads it. */
function petDocuments(page: Page, petName: string) {
  const section = page.getByRole("region", { name: `Documents for ${petName}`, exact: true });
  return {
    section,
    type: section.getByRole("combobox", { name: `Document type for ${petName}` }),
    addFiles: section.getByRole("button", { name: `Add files for ${petName}` }),
    file: (name: string) => section.getByRole("listitem").filter({ hasText: name }),
    progress: (name: string) => section.getByRole("progressbar", { name: `Upload of ${name}` }),

    async chooseType(label: string) {
      await this.type.click();
      await page.getByRole("option", { name: label, exact: true }).click();
      await expect(this.type).toHaveText(label);
    },

    /** Picks files as a person does: the button opens the system's file chooser. */
    async pick(...names: string[]) {
      const chooser = page.waitForEvent("filechooser");
      await this.addFiles.click();
      await (await chooser).setFiles(names.map(fixture));
    },
  };
}

async function expectUploaded(documents: ReturnType<typeof petDocuments>, name: string) {
  await expect(documents.file(name)).toContainText("Uploaded");
  await expect(documents.progress(name)).toHaveAttribute("aria-valuenow", "100");
}

/** The draft is written a moment after the last change; a reload before that would test nothing. */
async function expectDraftSaved(page: Page, key: string, ...texts: string[]) {
  for (const text of texts)
    await expect.poll(() => page.evaluate((storageKey) => sessionStorage.getItem(storageKey), key)).toContain(text);
}

/** What the team sees of a booking's documents, through the API, sorted by name. */
async function attachedDocuments(adminPage: Page, reference: string) {
  const answer = await adminPage.request.get(`/api/v1/bookings/${encodeURIComponent(reference)}/documents`);
  expect(answer.status()).toBe(200);
  const { items } = (await answer.json()) as { items: BookingDocumentView[] };
  return items
    .map(({ name, kind, petName, status }) => ({ name, kind, petName, status }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const documentIdsSent = (body: string) => {
  const match = /"documents":(\[[^\]]*\])/.exec(body);
  return match ? (JSON.parse(match[1]!) as string[]) : [];
};

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("documents for two pets: one refused with its message beside it, the rest kept through a reload and attached", async ({
    page,
    adminPage,
    consoleGuard,
  }) => {
    test.slow();
    // The refused file's check answers 400, which Chromium logs.
    consoleGuard.allow(failedRequest(400, /\/api\/v1\/uploads\/[^/]+\/complete$/));
    const submitted = recordSubmits(page);
    const form = bookingForm(page);
    const booking = familyBookingBody();
    const [first, second] = booking.pets.map((pet) => pet.name);
    await form.goto();
    await form.fill(booking);
    const max = petDocuments(page, first!);
    const luna = petDocuments(page, second!);

    // The type comes first: it is fixed for each file when its upload starts.
    await max.addFiles.click();
    await expect(max.type).toBeFocused();
    await expect(max.type).toHaveAccessibleDescription("Choose the document type first, then add its files");

    await max.chooseType("Vaccination record");
    await max.pick(PDF);
    await luna.chooseType("Pet passport");
    await luna.pick(PNG, FAKE_PDF);

    await expectUploaded(max, PDF);
    await expect(max.file(PDF)).toContainText("Vaccination record");
    await expectUploaded(luna, PNG);
    await expect(luna.file(PNG)).toContainText("Pet passport");
    const refusal = luna.file(FAKE_PDF).getByRole("alert");
    await expect(refusal).toHaveText(`${FAKE_PDF} is not a PDF, JPEG, PNG, HEIC or WebP file`);
    // Refused for its bytes: sending it again cannot help, so only removing it is offered.
    await expect(luna.file(FAKE_PDF).getByRole("button", { name: `Retry ${FAKE_PDF}` })).toHaveCount(0);
    expect(await hasHorizontalScroll(page), "the documents run off the side of the screen").toBe(false);
    await expectNoSeriousAxeViolations(page);

    // The submit stops on the refused file and says why, next to the button.
    await form.submit.click();
    await expect(page.getByText(`Not uploaded: ${FAKE_PDF}. Remove it or try again`)).toBeVisible();
    await expect(page).toHaveURL(/\/book$/);
    expect(submitted).toHaveLength(0);
    await luna
      .file(FAKE_PDF)
      .getByRole("button", { name: `Remove ${FAKE_PDF}` })
      .click();
    await expect(luna.file(FAKE_PDF)).toHaveCount(0);
    await expect(page.getByText(/Not uploaded:/)).toHaveCount(0);

    // A reload keeps the checked uploads, like every field, though not the files' bytes.
    await expectDraftSaved(page, "pawpath.booking.documents", PDF, PNG);
    await expectDraftSaved(page, "pawpath.booking.draft", booking.customer.email);
    await page.reload();
    await expect(form.fullName).toHaveValue(booking.customer.name);
    await expectUploaded(max, PDF);
    await expectUploaded(luna, PNG);
    await expect(luna.file(FAKE_PDF)).toHaveCount(0);

    // A checked file removed before sending is deleted on the server at once, and not attached.
    await max.chooseType("Other");
    await max.pick(PNG);
    await expectUploaded(max, PNG);
    const discarded = page.waitForResponse(
      (response) => response.request().method() === "DELETE" && /\/api\/v1\/uploads\/[0-9a-f-]+$/.test(response.url()),
    );
    await max
      .file(PNG)
      .getByRole("button", { name: `Remove ${PNG}` })
      .click();
    expect((await discarded).status()).toBe(204);
    await expect(max.file(PNG)).toHaveCount(0);

    await form.submit.click();
    const reference = await form.expectConfirmation();
    expect(submitted).toHaveLength(1);
    expect(documentIdsSent(submitted[0]!)).toHaveLength(2);
    expect(await attachedDocuments(adminPage, reference)).toEqual([
      { name: PNG, kind: "pet_passport", petName: second, status: "ready" },
      { name: PDF, kind: "vaccination_record", petName: first, status: "ready" },
    ]);
  });
});

test("a file dropped on a pet's documents is uploaded with the type chosen", async ({ page }) => {
  const form = bookingForm(page);
  await form.goto();
  await form.pet(1).name.fill("Max");
  const max = petDocuments(page, "Max");
  await max.chooseType("Health certificate");
  await dropFile(page, max.section, PNG, "image/png");
  await expectUploaded(max, PNG);
  await expect(max.file(PNG)).toContainText("Health certificate");
});

test("a failed upload is retried beside its file; the submit waits for one still uploading", async ({
  page,
  consoleGuard,
}) => {
  // The connection this test drops, as Chromium logs it.
  consoleGuard.allow({ text: "net::ERR_INTERNET_DISCONNECTED", url: /\/api\/v1\/uploads$/ });
  const submitted = recordSubmits(page);
  const form = bookingForm(page);
  const booking = familyBookingBody();
  const [first, second] = booking.pets.map((pet) => pet.name);
  await form.goto();
  await form.fill(booking);
  const max = petDocuments(page, first!);
  const luna = petDocuments(page, second!);

  // The connection drops once, as the upload starts.
  let dropped = false;
  await page.route("**/api/v1/uploads", async (route) => {
    if (dropped) return route.fallback();
    dropped = true;
    await route.abort("internetdisconnected");
  });
  await max.chooseType("Import permit");
  await max.pick(PDF);
  await expect(max.file(PDF).getByRole("alert")).toHaveText(/could not reach the server/);
  await max
    .file(PDF)
    .getByRole("button", { name: `Retry ${PDF}` })
    .click();
  await expectUploaded(max, PDF);

  // Luna's check is held back until the submit is waiting for it.
  let releaseCheck!: () => void;
  const checkHeld = new Promise<void>((resolve) => (releaseCheck = resolve));
  await page.route("**/api/v1/uploads/*/complete", async (route) => {
    await checkHeld;
    await route.fallback();
  });
  await luna.chooseType("Rabies titer report");
  await luna.pick(PNG);
  await expect(luna.file(PNG)).toContainText("Checking…");
  await form.submit.click();
  await expect(page.getByRole("button", { name: "Waiting for uploads…" })).toBeDisabled();
  await expect(page.getByText("Waiting for a document to finish uploading")).toBeVisible();
  expect(submitted).toHaveLength(0);
  releaseCheck();
  await form.expectConfirmation();
  expect(documentIdsSent(submitted[0]!)).toHaveLength(2);
});

test("removing a pet takes its documents, and the next pet's documents stay with that pet", async ({
  page,
  adminPage,
}) => {
  const form = bookingForm(page);
  const booking = familyBookingBody();
  const [first, second] = booking.pets.map((pet) => pet.name);
  await form.goto();
  await form.fill(booking);
  const max = petDocuments(page, first!);
  const luna = petDocuments(page, second!);
  await max.chooseType("Pet passport");
  await max.pick(PNG);
  await luna.chooseType("Vaccination record");
  await luna.pick(PDF);
  await expectUploaded(max, PNG);
  await expectUploaded(luna, PDF);

  await form.removePet(1).click();
  await expect(max.section).toHaveCount(0);
  await expect(form.pet(1).name).toHaveValue(second!);
  await expectUploaded(luna, PDF);
  await form.submit.click();
  const reference = await form.expectConfirmation();
  expect(await attachedDocuments(adminPage, reference)).toEqual([
    { name: PDF, kind: "vaccination_record", petName: second, status: "ready" },
  ]);
});

/** Drops a fixture file on an element as the browser does when a file is dragged from the desktop. */
async function dropFile(page: Page, target: Locator, name: string, type: string) {
  const bytes = fs.readFileSync(fixture(name)).toString("base64");
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], name, { type }));
      return transfer;
    },
    { bytes, name, type },
  );
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}
