import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { INTERNAL_HEADERS } from "../src/lib/next-internal-headers";
import { bookingBody } from "../src/testing/factories/booking-body";
import {
  MADE_UP_DOCUMENTS,
  madeUpCustomerUpdate,
  ROUTES,
  type RouteContext,
  type RouteEntry,
} from "./support/route-registry";

// Requests a browser never sends but a scanner does: a path whose percent-escape does not decode, and
// Next.js's internal prefetch header. Both used to skip our code (a 500 and an unauthenticated `200 {}`).

const MALFORMED_SEGMENT = "%E0%A4%A";

/** The registry's route with each dynamic segment (`[reference]`, `[...all]`) replaced by the malformed escape. */
function malformedPath(entry: RouteEntry): string {
  return entry.route.replace(/\[[^\]]+\]/g, MALFORMED_SEGMENT);
}

const dynamicRoutes = ROUTES.filter((entry) => entry.route.includes("["));

test("every dynamic route refuses a malformed percent-escape: 400 JSON on /api, the 404 page elsewhere", async ({
  request,
}) => {
  expect(dynamicRoutes.length).toBeGreaterThan(5);
  for (const entry of dynamicRoutes) {
    const path = malformedPath(entry);
    const label = `${entry.method} ${path}`;
    const response = await request.fetch(path, { method: entry.method, maxRedirects: 0 });
    const contentType = response.headers()["content-type"] ?? "";
    if (entry.kind === "api") {
      expect.soft(response.status(), label).toBe(400);
      expect.soft(contentType, label).toContain("application/json");
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      expect.soft(body?.error?.code, label).toBe("VALIDATION");
      expect.soft(body?.error?.message, label).toEqual(expect.any(String));
    } else {
      expect.soft(response.status(), label).toBe(404);
      expect.soft(contentType, label).toContain("text/html");
    }
  }
});

/** Made-up ids: an anonymous request is refused (or not found) before any of them is looked up. */
const madeUpContext: RouteContext = {
  ownReference: "PP-000000",
  otherReference: "PP-000000",
  freshReference: async () => "PP-000000",
  deletedReference: async () => "PP-000000",
  customerUpdate: madeUpCustomerUpdate,
  emailId: "00000000-0000-0000-0000-000000000000",
  mailboxId: "00000000-0000-0000-0000-000000000000",
  documents: MADE_UP_DOCUMENTS,
};

test("x-middleware-prefetch changes no answer: anonymous GETs answer as without it", async ({ request }) => {
  for (const path of ["/api/v1/bookings", "/api/v1/bookings/export"]) {
    const response = await request.get(path, { headers: { "x-middleware-prefetch": "1" } });
    expect.soft(response.status(), path).toBe(401);
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    expect.soft(body?.error?.code, path).toBe("UNAUTHORIZED");
  }
  const getRoutes = ROUTES.filter(
    (entry) => entry.method === "GET" && entry.access !== "webhook" && entry.access !== "betterAuth",
  );
  for (const entry of getRoutes) {
    const path = entry.path ? await entry.path(madeUpContext, "anonymous") : entry.route;
    const plain = await request.get(path, { maxRedirects: 0 });
    const prefetch = await request.get(path, { maxRedirects: 0, headers: { "x-middleware-prefetch": "1" } });
    const answer = (response: typeof plain) =>
      `${response.status()} ${(response.headers()["content-type"] ?? "").split(";")[0]}`;
    expect.soft(answer(prefetch), path).toBe(answer(plain));
  }
});

test("every internal header on /api/v1/bookings changes no answer: the list stays 401, intake creates and stores", async ({
  request,
}) => {
  for (const header of INTERNAL_HEADERS) {
    const list = await request.get("/api/v1/bookings", { headers: { [header]: "1" } });
    expect.soft(list.status(), `GET with ${header}`).toBe(401);

    const idempotencyKey = randomUUID();
    const data = bookingBody();
    const created = await request.post("/api/v1/bookings", {
      data,
      headers: { [header]: "1", "idempotency-key": idempotencyKey },
    });
    expect.soft(created.status(), `POST with ${header}`).toBe(201);
    const { reference } = (await created.json().catch(() => ({}))) as { reference?: string };
    // The same key and body again, without the header: a replay of that booking proves it was stored.
    const replayed = await request.post("/api/v1/bookings", { data, headers: { "idempotency-key": idempotencyKey } });
    expect.soft(replayed.headers()["idempotent-replayed"], `replay after ${header}`).toBe("true");
    expect
      .soft(((await replayed.json()) as { reference?: string }).reference, `replay after ${header}`)
      .toBe(reference);
  }
});
