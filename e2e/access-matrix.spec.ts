import type { APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "./support/server";
import { bookingBody } from "../src/testing/factories/booking-body";
import { allows, ROUTES, type Role, type RouteContext, type RouteEntry } from "./support/route-registry";
import {
  BOOKING_DOCUMENT_BODY,
  downloadLink,
  readyBookingDocument,
  SAMPLE_PDF,
  sentBookingDocument,
  sentUpload,
  startUpload,
  tampered,
} from "./support/access-documents";
import { postBooking } from "./support/bookings";
import { expect, test } from "./support/fixtures";
import { signedInCustomer } from "./support/customer-sign-in";
import { DEMO_STAFF } from "./support/team";

// {anonymous, customer, staff, admin} × every page and API route in the registry: only the allowed
// cells succeed. Every request carries a valid body, so a refusal can only mean "not allowed".

test.describe.configure({ mode: "serial" });

/**
 * A stream's status, with the context's cookies: Playwright's fetch waits for the whole body, which a
 * Server-Sent Events answer never finishes, so Node's fetch reads the head and cancels the rest.
 */
async function streamStatus(context: APIRequestContext, path: string) {
  const { cookies } = await context.storageState();
  const response = await fetch(new URL(path, E2E_BASE_URL), {
    headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") },
    redirect: "manual",
  });
  await response.body?.cancel();
  return response;
}

async function request(context: APIRequestContext, entry: RouteEntry, routeContext: RouteContext, role: Role) {
  const path = entry.path ? await entry.path(routeContext, role) : entry.route;
  if (entry.stream) {
    const response = await streamStatus(context, path);
    return { path, status: response.status, location: response.headers.get("location") ?? "" };
  }
  const data =
    entry.body === "intake"
      ? bookingBody()
      : entry.body === "track"
        ? { reference: routeContext.ownReference, email: routeContext.ownEmail }
        : entry.body;
  const response = await context.fetch(path, {
    method: entry.method,
    maxRedirects: 0,
    headers: { ...(data !== undefined ? { "content-type": "application/json" } : {}), ...entry.headers },
    data,
  });
  return { path, status: response.status(), location: response.headers().location ?? "" };
}

test("every page and API route answers each role as the registry says", async ({
  browser,
  playwright,
  adminState,
  staffState,
}) => {
  // Four roles times every route, each request a server render or a write: three times the usual bound.
  test.slow();
  const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const admin = await browser.newContext({ storageState: adminState });
  const staff = await browser.newContext({ storageState: staffState });
  const customerBooking = bookingBody();
  const ownReference = await postBooking(anonymous, customerBooking);
  const otherReference = await postBooking(anonymous);
  const customer = await signedInCustomer(browser, admin, customerBooking.customer.email);

  const emailsPage = await (await admin.request.get("/admin/emails")).text();
  const mailboxPage = await (await admin.request.get("/admin/mailbox")).text();
  // Documents are made by the admin through the API, so each role's cell meets a real one.
  const ownDocumentId = await readyBookingDocument(admin.request, ownReference);
  const otherDocumentId = await readyBookingDocument(admin.request, otherReference);
  const freshDocument = async () => {
    const reference = await postBooking(anonymous);
    return { reference, id: await readyBookingDocument(admin.request, reference) };
  };
  const routeContext: RouteContext = {
    ownReference,
    ownEmail: customerBooking.customer.email,
    otherReference,
    freshReference: () => postBooking(anonymous),
    deletedReference: async () => {
      const reference = await postBooking(anonymous);
      expect((await admin.request.delete(`/api/v1/bookings/${reference}`)).status()).toBe(204);
      return reference;
    },
    customerUpdate: async () => {
      const reference = await postBooking(anonymous);
      const posted = await admin.request.post(`/api/v1/bookings/${reference}/updates`, {
        data: { text: "Posted for the access matrix", notifyCustomer: false },
      });
      expect(posted.status()).toBe(201);
      return { reference, id: ((await posted.json()) as { id: string }).id };
    },
    emailId: /\/admin\/emails\/([0-9a-f-]{36})/.exec(emailsPage)![1]!,
    mailboxId: /\/admin\/mailbox\/([0-9a-f-]{36})/.exec(mailboxPage)![1]!,
    documents: {
      startedUpload: () => startUpload(anonymous),
      sentUpload: () => sentUpload(anonymous),
      ownDocumentId,
      otherDocumentId,
      sentDocument: (reference) => sentBookingDocument(admin.request, reference),
      freshDocument,
      deletedDocument: async () => {
        const document = await freshDocument();
        const deleted = await admin.request.delete(`/api/v1/bookings/${document.reference}/documents/${document.id}`);
        expect(deleted.status()).toBe(204);
        return document;
      },
      signedFileLink: () => downloadLink(admin.request, otherReference, otherDocumentId),
    },
  };

  const contexts: Record<Role, APIRequestContext> = {
    anonymous,
    customer: customer.request,
    staff: staff.request,
    admin: admin.request,
  };
  for (const entry of ROUTES.filter((route) => route.access !== "betterAuth")) {
    for (const role of ["anonymous", "customer", "staff", "admin"] as const) {
      const { path, status, location } = await request(contexts[role], entry, routeContext, role);
      const cell = `${role} ${entry.method} ${path} → ${status} ${location}`;
      if (allows(entry.access, role)) {
        if (entry.redirectsTo) {
          // A download's answer is a 303 to its short-lived link.
          expect.soft(status, cell).toBe(303);
          expect.soft(location, cell).toMatch(entry.redirectsTo);
        } else {
          expect.soft(status, cell).toBeGreaterThanOrEqual(200);
          expect.soft(status, cell).toBeLessThan(entry.access === "public" ? 400 : 300);
        }
        expect.soft(location, cell).not.toMatch(/\/login/);
      } else if (entry.access === "webhook") {
        expect.soft([400, 401, 403, 404], cell).toContain(status);
      } else if (entry.access === "signed") {
        // An altered link is no link, whoever asks (the genuine one is tested below).
        expect.soft(status, cell).toBe(404);
      } else if (entry.kind === "page") {
        // Visitors go to sign in; customers to their portal; the team to a 404 for what their role cannot see.
        if (role === "anonymous") expect.soft(location, cell).toMatch(/^(\/|https?:\/\/[^/]+\/)login\?next=/);
        else if (role === "customer") expect.soft(location, cell).toMatch(/\/portal$/);
        else expect.soft(status, cell).toBe(404);
      } else {
        const expected = role === "anonymous" ? [401] : role === "customer" ? [403, 404] : [403];
        expect.soft(expected, cell).toContain(status);
      }
    }
  }
  await Promise.all([admin.close(), staff.close(), customer.close(), anonymous.dispose()]);
});

test("a customer gets 404 for another customer's booking, and for their own, on every team route", async ({
  browser,
  playwright,
  adminState,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const admin = await browser.newContext({ storageState: adminState });
  const mine = bookingBody();
  const ownReference = await postBooking(anonymous, mine);
  const otherReference = await postBooking(anonymous);
  const customer = await signedInCustomer(browser, admin, mine.customer.email);

  expect((await customer.request.get(`/api/v1/bookings/${ownReference}`)).status()).toBe(200);
  expect((await customer.request.get(`/api/v1/bookings/${otherReference}`)).status()).toBe(404);
  expect((await customer.request.get(`/api/v1/me/bookings/${otherReference}/journey`)).status()).toBe(404);
  const mineList = await (await customer.request.get("/api/v1/me/bookings")).text();
  expect(mineList).toContain(ownReference);
  expect(mineList).not.toContain(otherReference);
  // Documents follow their booking: someone else's are 404, as the booking is.
  const documentId = await readyBookingDocument(admin.request, otherReference);
  expect((await customer.request.get(`/api/v1/bookings/${otherReference}/documents`)).status()).toBe(404);
  const download = `/api/v1/bookings/${otherReference}/documents/${documentId}/download`;
  expect((await customer.request.get(download, { maxRedirects: 0 })).status()).toBe(404);
  for (const reference of [otherReference, ownReference]) {
    const calls = [
      () => customer.request.patch(`/api/v1/bookings/${reference}`, { data: { version: 1, specialRequests: "x" } }),
      () => customer.request.delete(`/api/v1/bookings/${reference}`),
      () => customer.request.post(`/api/v1/bookings/${reference}/status`, { data: { status: "cancelled" } }),
      () => customer.request.get(`/api/v1/bookings/${reference}/notes`),
      () => customer.request.post(`/api/v1/bookings/${reference}/notes`, { data: { body: "hello" } }),
      () => customer.request.post(`/api/v1/bookings/${reference}/restore`),
      () => customer.request.delete(`/api/v1/bookings/${reference}/documents/${documentId}`),
      () => customer.request.post(`/api/v1/bookings/${reference}/documents/${documentId}/restore`),
    ];
    for (const call of calls) {
      const response = await call();
      expect.soft(response.status(), response.url()).toBe(404);
    }
  }
  await Promise.all([admin.close(), customer.close(), anonymous.dispose()]);
});

test("a document's signed link serves the file inertly to whoever holds it; an altered one is 404", async ({
  browser,
  playwright,
  adminState,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const admin = await browser.newContext({ storageState: adminState });
  const reference = await postBooking(anonymous);
  const link = await downloadLink(admin.request, reference, await readyBookingDocument(admin.request, reference));
  // The token is the credential: no session is needed, and the file cannot run where it is opened.
  const file = await anonymous.get(link);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="rabies-vaccination\.pdf"/);
  expect(file.headers()["x-content-type-options"]).toContain("nosniff");
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect(file.headers()["cache-control"]).toContain("no-store");
  expect(await file.body()).toEqual(SAMPLE_PDF);
  expect((await anonymous.get(tampered(link))).status()).toBe(404);
  await Promise.all([admin.close(), anonymous.dispose()]);
});

test("the proxy-bypass headers of Next.js advisories change nothing", async ({ playwright }) => {
  const bypassHeaders: Record<string, string>[] = [
    { "x-middleware-subrequest": "middleware" },
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    { "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" },
    { "x-nextjs-data": "1" },
    { "x-middleware-prefetch": "1" },
    { "x-invoke-path": "/admin", "x-invoke-query": "{}" },
    { "x-now-route-matches": "1" },
    { rsc: "1", "next-router-prefetch": "1" },
    { "x-pathname": "/", "x-forwarded-host": "evil.example" },
  ];
  const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  for (const headers of bypassHeaders) {
    const page = await anonymous.get("/admin/users", { headers, maxRedirects: 0 });
    expect.soft(page.status(), JSON.stringify(headers)).toBeGreaterThanOrEqual(300);
    expect.soft(await page.text(), JSON.stringify(headers)).not.toContain("admin@pawpath.test");
    for (const path of ["/api/v1/bookings", "/api/v1/bookings/export"]) {
      const response = await anonymous.get(path, { headers });
      const body = (await response.text()).trim();
      // Next.js answers a middleware-prefetch request with an empty "{}" without running the route:
      // nothing is read or written. Anything else must be the usual 401.
      const refused = response.status() === 401 || (response.status() === 200 && body === "{}");
      expect.soft(refused, `${path} ${JSON.stringify(headers)} → ${response.status()} ${body.slice(0, 80)}`).toBe(true);
    }
  }
  await anonymous.dispose();
});

test("a cross-origin POST is refused, even with the session cookie", async ({ browser, playwright, staffState }) => {
  const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const staff = await browser.newContext({ storageState: staffState });
  const reference = await postBooking(anonymous);
  const foreign = { origin: "https://evil.example" };
  const status = await staff.request.post(`/api/v1/bookings/${reference}/status`, {
    data: { status: "cancelled" },
    headers: foreign,
  });
  expect(status.status()).toBe(403);
  const note = await staff.request.post(`/api/v1/bookings/${reference}/notes`, {
    data: { body: "x" },
    headers: foreign,
  });
  expect(note.status()).toBe(403);
  const document = await staff.request.post(`/api/v1/bookings/${reference}/documents`, {
    data: BOOKING_DOCUMENT_BODY,
    headers: foreign,
  });
  expect(document.status()).toBe(403);
  const signIn = await anonymous.post("/api/auth/sign-in/email", { data: DEMO_STAFF, headers: foreign });
  expect(signIn.status()).toBe(403);
  // The booking did not move.
  expect(((await (await staff.request.get(`/api/v1/bookings/${reference}`)).json()) as { status: string }).status).toBe(
    "pending",
  );
  await Promise.all([staff.close(), anonymous.dispose()]);
});
