import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { bookingBody } from "../src/testing/factories/booking-body";
import { uniqueEmail } from "../src/testing/factories/unique-values";
import { postBooking } from "./support/bookings";
import { E2E_S3_BASE_URL, S3RVER_PORT } from "./support/server";
import { signInAsTeam } from "./support/sign-in";
import { DEMO_STAFF } from "./support/team";

// The second server keeps documents in an S3 bucket (s3rver): the browser posts the file straight to the
// bucket with the presigned form and shows the thumbnail from it. This proves, in Chromium, the page's
// connect-src and img-src naming the bucket and the bucket's CORS rule for the app's origin.

test.use({ baseURL: E2E_S3_BASE_URL });

const BUCKET_ORIGIN = `http://127.0.0.1:${S3RVER_PORT}`;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|CORS/i.test(message.text()))
      violations.push(message.text());
  });
  await page.exposeFunction("reportPolicyViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation;
    document.addEventListener("securitypolicyviolation", (event) =>
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  return violations;
}

test("staff upload a photo from Chromium straight to the bucket and see its thumbnail from it", async ({
  page,
  request,
}) => {
  test.slow();
  const violations = await watchForViolations(page);
  const reference = await postBooking(request, bookingBody({ customer: { email: uniqueEmail("s3-documents") } }));
  await signInAsTeam(page, DEMO_STAFF, `/admin/bookings/${reference}`);

  const policy = (await page.request.get(`/admin/bookings/${reference}`)).headers()["content-security-policy"]!;
  expect(policy).toContain(`connect-src 'self' ${BUCKET_ORIGIN}`);
  expect(policy).toContain(`img-src 'self' data: blob: ${BUCKET_ORIGIN}`);

  const panel = page.getByRole("region", { name: "Documents" });
  await panel.getByRole("button", { name: "Upload a document" }).click();
  await panel.getByRole("combobox", { name: "Type" }).click();
  await page.getByRole("option", { name: "Vaccination record", exact: true }).click();
  await panel
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "vaccination.png", mimeType: "image/png", buffer: PNG });
  const toBucket = page.waitForResponse(
    (response) => response.url().startsWith(BUCKET_ORIGIN) && response.request().method() === "POST",
  );
  await panel.getByRole("button", { name: "Upload", exact: true }).click();
  expect((await toBucket).status()).toBeLessThan(300);
  await expect(panel.getByRole("status")).toHaveText("vaccination.png is uploaded.");

  const photo = panel.getByRole("listitem", { name: "vaccination.png", exact: true });
  const thumbnail = photo.locator("img");
  await expect(thumbnail).toHaveAttribute("src", new RegExp(`^${BUCKET_ORIGIN}/`));
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Opening goes to a presigned link on the bucket that downloads the checked file.
  const href = (await photo.getByRole("link", { name: "Open vaccination.png" }).getAttribute("href"))!;
  const redirect = await page.request.get(href, { maxRedirects: 0 });
  expect(redirect.status()).toBe(303);
  const location = redirect.headers().location!;
  expect(location.startsWith(`${BUCKET_ORIGIN}/pawpath-e2e/bookings/`)).toBe(true);
  const file = await page.request.get(location);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/png");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="vaccination.png"/);
  expect(Buffer.from(await file.body())).toEqual(PNG);
  expect(violations).toEqual([]);
});
