import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { bookingForm } from "./support/booking-form";
import { postBooking } from "./support/bookings";
import { MADE_UP_DOCUMENTS, madeUpCustomerUpdate, ROUTES, type RouteContext } from "./support/route-registry";

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/", "/book", "/login", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

const scriptSrcOf = (response: APIResponse) =>
  (response.headers()["content-security-policy"] ?? "")
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src "));

/** The page's script nonce after checking its policy allows no other inline script; every <script> must carry it. */
async function expectNoncedPage(response: APIResponse, label: string): Promise<string> {
  expect(response.headers()["content-type"], label).toContain("text/html");
  const scriptSrc = scriptSrcOf(response);
  expect(scriptSrc, label).toBeDefined();
  expect(scriptSrc, label).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc!)?.[1];
  expect(nonce, `${label}: ${scriptSrc}`).toBeDefined();
  // Under 'strict-dynamic' a parser-inserted script without the nonce is refused, inline or not.
  const scriptTags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length, label).toBeGreaterThan(0);
  for (const tag of scriptTags) expect.soft(tag, label).toContain(` nonce="${nonce}"`);
  return nonce!;
}

test("every page's scripts run on a fresh nonce, never on 'unsafe-inline'", async ({
  browser,
  playwright,
  adminState,
}) => {
  test.slow();
  const anonymous = await playwright.request.newContext();
  const admin = await browser.newContext({ storageState: adminState });
  const otherReference = await postBooking(anonymous);
  const emailId = /\/admin\/emails\/([0-9a-f-]{36})/.exec(await (await admin.request.get("/admin/emails")).text())![1]!;
  // The booking's emails reach the development mailbox once the worker has sent them.
  let mailboxId = "";
  await expect(async () => {
    const mailbox = await (await admin.request.get("/admin/mailbox")).text();
    mailboxId = /\/admin\/mailbox\/([0-9a-f-]{36})/.exec(mailbox)?.[1] ?? "";
    expect(mailboxId).not.toBe("");
  }).toPass({ timeout: 120_000 });
  // Pages use only otherReference, emailId and mailboxId; the rest are the API entries' (same values as theirs).
  const routeContext: RouteContext = {
    ownReference: otherReference,
    otherReference,
    freshReference: () => postBooking(anonymous),
    deletedReference: async () => {
      const reference = await postBooking(anonymous);
      expect((await admin.request.delete(`/api/v1/bookings/${reference}`)).status()).toBe(204);
      return reference;
    },
    emailId,
    mailboxId,
    customerUpdate: madeUpCustomerUpdate,
    documents: MADE_UP_DOCUMENTS,
  };

  // Each page as the registry's people see it: public pages anonymously, the rest as an admin (the
  // customer portal answers the team with its not-found page, rendered like any other).
  const pages: { path: string; client: APIRequestContext; status: number }[] = [];
  for (const entry of ROUTES.filter((route) => route.kind === "page")) {
    const path = entry.path ? await entry.path(routeContext, "admin") : entry.route;
    const client = entry.access === "public" ? anonymous : admin.request;
    pages.push({ path, client, status: entry.access === "customer" ? 404 : 200 });
  }
  // Pages the registry does not list: the not-found page, and the one a malformed escape is sent to.
  pages.push(
    { path: "/no-such-page", client: anonymous, status: 404 },
    { path: "/book/thank-you/%E0%A4%A", client: anonymous, status: 404 },
  );

  for (const { path, client, status } of pages) {
    // No redirect is followed: each policy checked is the one of the page named.
    const answer = async () => {
      const response = await client.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      return expectNoncedPage(response, path);
    };
    const first = await answer();
    const second = await answer();
    expect.soft(second, `${path}: a new nonce per request`).not.toBe(first);
  }

  // API answers run no script: the static policy, with no nonce and nothing inline.
  for (const path of ["/api/health", "/api/v1/openapi.json"]) {
    const scriptSrc = scriptSrcOf(await anonymous.get(path));
    expect.soft(scriptSrc, path).toBe("script-src 'self'");
  }
  await Promise.all([admin.close(), anonymous.dispose()]);
});

/** Everything the browser reports about the policy, on every page loaded: violation events and Chromium's console errors. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportPolicyViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation;
    document.addEventListener("securitypolicyviolation", (event) =>
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  return violations;
}

test("the site, the booking form and the theme switch run with no policy violation", async ({ page }) => {
  const violations = await watchForViolations(page);
  const form = bookingForm(page);
  await page.goto("/");
  // A client-side navigation loads the form's code through Next.js's chunk loader ('strict-dynamic').
  await page.getByRole("main").getByRole("link", { name: "Book a relocation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Book a pet relocation" })).toBeVisible();
  await form.chooseCountry(form.originCountry, "AE");
  await form.addPet.click();
  await expect(form.pet(2).name).toBeFocused();

  const html = page.locator("html");
  const themeSwitch = page.getByRole("button", { name: "Switch between light and dark theme" });
  await expect(html).not.toHaveClass(/\bdark\b/);
  await themeSwitch.click();
  await expect(html).toHaveClass(/\bdark\b/);
  // On a full load the theme's inline script (nonced) applies the stored theme before the page paints.
  await page.goto("/login");
  await expect(html).toHaveClass(/\bdark\b/);
  await themeSwitch.click();
  await expect(html).not.toHaveClass(/\bdark\b/);
  expect(violations).toEqual([]);
});

test("the back office's bookings table runs with no policy violation", async ({ browser, adminState }) => {
  const admin = await browser.newContext({ storageState: adminState });
  const page = await admin.newPage();
  const violations = await watchForViolations(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Bookings" })).toBeVisible();
  await page.getByLabel("Search bookings").fill("luna");
  await expect(page).toHaveURL(/[?&]q=luna/);
  expect(violations).toEqual([]);
  await admin.close();
});
