import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { REFERENCE_PATTERN } from "./support/booking-form";
import { bookingBody, familyBookingBody } from "../src/testing/factories/booking-body";
import { MARKETING_ORIGIN } from "./support/server";

const BOOKINGS = "/api/v1/bookings";

test.describe("POST /api/v1/bookings", () => {
  test("creates a pending booking and answers 201 with its reference", async ({ request }) => {
    const response = await request.post(BOOKINGS, { data: familyBookingBody() });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      reference: expect.stringMatching(REFERENCE_PATTERN),
      status: "pending",
      createdAt: expect.any(String),
    });
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
    expect(Math.abs(Date.now() - Date.parse(body.createdAt))).toBeLessThan(5 * 60_000);
    expect(response.headers()["location"]).toBe(`${BOOKINGS}/${body.reference}`);
  });

  test("the same Idempotency-Key twice gives the same booking", async ({ request }) => {
    const key = randomUUID();
    const booking = bookingBody();
    const first = await request.post(BOOKINGS, { data: booking, headers: { "Idempotency-Key": key } });
    const second = await request.post(BOOKINGS, { data: booking, headers: { "Idempotency-Key": key } });
    expect(first.status()).toBe(201);
    expect(second.status()).toBe(201);
    expect(first.headers()["idempotent-replayed"]).toBe("false");
    expect(second.headers()["idempotent-replayed"]).toBe("true");
    expect((await second.json()).reference).toBe((await first.json()).reference);

    const other = await request.post(BOOKINGS, { data: booking, headers: { "Idempotency-Key": randomUUID() } });
    expect((await other.json()).reference).not.toBe((await first.json()).reference);
  });

  test("an invalid body gets 400 with a message per field", async ({ request }) => {
    const booking = bookingBody();
    const response = await request.post(BOOKINGS, {
      data: {
        ...booking,
        customer: { ...booking.customer, email: "not-an-email" },
        pets: [{ ...booking.pets[0], name: "  ", microchip: "12345" }],
        consent: false,
      },
    });
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields).sort()).toEqual(["consent", "customer.email", "pets.0.microchip", "pets.0.name"]);
    expect(error.fields["pets.0.microchip"]).toMatch(/15 digits/);
  });

  test("a body that is not JSON gets 415", async ({ request }) => {
    const response = await request.post(BOOKINGS, {
      data: "name=Sara&pet=Luna",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  test("malformed JSON gets 400", async ({ request }) => {
    // A Buffer, because Playwright JSON-encodes a string that does not parse as JSON.
    const response = await request.post(BOOKINGS, {
      data: Buffer.from('{"customer": '),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("INVALID_JSON");
  });

  test("a body over 64 KiB gets 413", async ({ request }) => {
    const booking = { ...bookingBody(), specialRequests: "x".repeat(70 * 1024) };
    const response = await request.post(BOOKINGS, {
      data: JSON.stringify(booking),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

test.describe("CORS", () => {
  const preflight = (origin: string) => ({
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type,idempotency-key",
    },
  });

  test("the marketing site may call the API from a browser", async ({ request }) => {
    const options = await request.fetch(BOOKINGS, preflight(MARKETING_ORIGIN));
    expect(options.status()).toBe(204);
    expect(options.headers()["access-control-allow-origin"]).toBe(MARKETING_ORIGIN);
    expect(options.headers()["access-control-allow-methods"]).toContain("POST");
    expect(options.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("idempotency-key");

    const post = await request.post(BOOKINGS, { data: bookingBody(), headers: { Origin: MARKETING_ORIGIN } });
    expect(post.status()).toBe(201);
    expect(post.headers()["access-control-allow-origin"]).toBe(MARKETING_ORIGIN);
  });

  test("any other site is refused", async ({ request }) => {
    const options = await request.fetch(BOOKINGS, preflight("http://evil.example"));
    expect(options.status()).toBe(403);
    expect(options.headers()["access-control-allow-origin"]).toBeUndefined();

    const post = await request.post(BOOKINGS, { data: bookingBody(), headers: { Origin: "http://evil.example" } });
    expect(post.status()).toBe(403);
    expect(post.headers()["access-control-allow-origin"]).toBeUndefined();
  });
});

test.describe("health and documentation", () => {
  test("GET /api/health answers 200", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  test("GET /api/ready answers 200 once the database is migrated", async ({ request }) => {
    const response = await request.get("/api/ready");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", database: "pglite" });
  });

  test("GET /api/v1/openapi.json describes the bookings endpoint", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths[BOOKINGS]?.post).toBeTruthy();
  });

  test("/docs/api renders the API reference", async ({ page }) => {
    await page.goto("/docs/api");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /\/api\/v1\/bookings/ })).toBeVisible();
  });
});
