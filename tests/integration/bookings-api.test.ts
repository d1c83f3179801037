import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { OPTIONS, POST } from "@/app/api/v1/bookings/route";
import { bookings, customers, pets } from "@/db/schema";
import { bookingBody } from "@/testing/factories/booking-body";
import { jsonRequest, newKey } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

beforeAll(() => {
  process.env.PUBLIC_FORM_ORIGINS = "https://www.pawpathsae.com";
  process.env.INTAKE_RATE_LIMIT_MAX = "3";
});

describeEachDatabase("POST /api/v1/bookings", (getDb) => {
  routesUseDatabase(getDb);

  it("creates a booking: 201 with reference, status and createdAt", async () => {
    const response = await POST(jsonRequest("/api/v1/bookings", bookingBody()));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      reference: expect.stringMatching(/^PP-\d{4}-\d{5,}$/),
      status: "pending",
      createdAt: expect.any(String),
    });
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
    expect(response.headers.get("location")).toBe(`/api/v1/bookings/${body.reference}`);
  });

  it("answers a repeated Idempotency-Key with the same booking", async () => {
    const key = newKey();
    const body = bookingBody();
    const first = await POST(jsonRequest("/api/v1/bookings", body, { headers: { "idempotency-key": key } }));
    const second = await POST(jsonRequest("/api/v1/bookings", body, { headers: { "idempotency-key": key } }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect((await second.json()).reference).toBe((await first.json()).reference);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await getDb().$count(bookings, eq(bookings.idempotencyKey, key))).toBe(1);
  });

  it("answers bad fields with 400 and a message per field path", async () => {
    const body = bookingBody();
    body.pets = [{ ...body.pets[0]!, name: "", weightKg: -3 } as never];
    body.route.originCountry = "XX";
    const response = await POST(jsonRequest("/api/v1/bookings", body));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toEqual(expect.any(String));
    expect(Object.keys(error.fields).sort()).toEqual(["pets.0.name", "pets.0.weightKg", "route.originCountry"]);
  });

  it("refuses a body that is not JSON, is malformed, or is too large", async () => {
    const notJson = await POST(
      jsonRequest("/api/v1/bookings", null, { headers: { "content-type": "text/plain" }, raw: "hi" }),
    );
    expect(notJson.status).toBe(415);
    const malformed = await POST(jsonRequest("/api/v1/bookings", null, { raw: '{"customer": ' }));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("INVALID_JSON");
    const huge = bookingBody({ specialRequests: "x".repeat(100_000) });
    const tooLarge = await POST(jsonRequest("/api/v1/bookings", huge));
    expect(tooLarge.status).toBe(413);
  });

  it("ignores unknown keys and __proto__, and stores text exactly as sent", async () => {
    const name = `<img src=x onerror=alert(1)> Robert'); DROP TABLE customers;-- \u202e`;
    const raw = JSON.stringify({ ...bookingBody(), extra: 1 }).replace(
      '"customer":{',
      `"customer":{"__proto__":{"admin":true},"role":"admin",`,
    );
    const body = JSON.parse(raw);
    body.customer.name = name;
    const response = await POST(jsonRequest("/api/v1/bookings", null, { raw: JSON.stringify(body) }));
    expect(response.status).toBe(201);
    const { reference } = await response.json();
    const [row] = await getDb()
      .select({ name: customers.fullName, pet: pets.name })
      .from(bookings)
      .innerJoin(customers, eq(customers.id, bookings.customerId))
      .innerJoin(pets, eq(pets.bookingId, bookings.id))
      .where(eq(bookings.reference, reference));
    expect(row?.name).toBe(name);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("limits bookings per client address with 429 and Retry-After", async () => {
    const headers = { "x-forwarded-for": "203.0.113.99, 192.0.2.77" };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await POST(jsonRequest("/api/v1/bookings", bookingBody(), { headers }));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await last!.json()).error.code).toBe("RATE_LIMITED");
    // The limit follows the address the proxy saw (the right-most), not a forged left-most entry.
    const forged = { "x-forwarded-for": "10.9.9.9, 192.0.2.77" };
    expect((await POST(jsonRequest("/api/v1/bookings", bookingBody(), { headers: forged }))).status).toBe(429);
  });

  it("allows CORS only for the configured origins", async () => {
    const preflight = (origin: string) =>
      OPTIONS(new Request("http://localhost:3000/api/v1/bookings", { method: "OPTIONS", headers: { origin } }));
    const allowed = await preflight("https://www.pawpathsae.com");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://www.pawpathsae.com");
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/Idempotency-Key/i);
    const refused = await preflight("https://evil.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const post = await POST(
      jsonRequest("/api/v1/bookings", bookingBody(), { headers: { origin: "https://evil.example" } }),
    );
    expect(post.status).toBe(403);
    const fromSite = await POST(
      jsonRequest("/api/v1/bookings", bookingBody(), { headers: { origin: "https://www.pawpathsae.com" } }),
    );
    expect(fromSite.status).toBe(201);
    expect(fromSite.headers.get("access-control-allow-origin")).toBe("https://www.pawpathsae.com");
  });
});
