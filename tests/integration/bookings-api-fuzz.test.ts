import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { POST } from "@/app/api/v1/bookings/route";
import { bookingBody } from "@/testing/factories/booking-body";
import { jsonRequest } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

beforeAll(() => {
  process.env.INTAKE_RATE_LIMIT_MAX = "1000000";
});

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "'; DROP TABLE bookings;--",
    "<script>alert(1)</script>",
    "__proto__",
    "constructor",
    "x".repeat(70_000),
    "١٢٣",
    "2026-02-30",
    "9999-12-31",
    "-1",
    "NaN",
  ),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: { polluted: true } }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Replaces one leaf (or whole branch) of a valid body with a hostile value. */
function mutate(body: Record<string, unknown>, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) return copy;
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy;
}

const paths = [
  ["customer"],
  ["customer", "name"],
  ["customer", "email"],
  ["customer", "phone"],
  ["customer", "whatsapp"],
  ["customer", "preferredContact"],
  ["route"],
  ["route", "originCountry"],
  ["route", "travelDate"],
  ["route", "serviceType"],
  ["route", "destinationCity"],
  ["pets"],
  ["pets", "0"],
  ["pets", "0", "name"],
  ["pets", "0", "species"],
  ["pets", "0", "weightKg"],
  ["pets", "0", "microchip"],
  ["pets", "0", "dateOfBirth"],
  ["pets", "0", "sex"],
  ["pets", "0", "notes"],
  ["specialRequests"],
  ["consent"],
  ["__proto__"],
  ["unknown"],
];

describeEachDatabase("POST /api/v1/bookings under hostile input", (getDb) => {
  routesUseDatabase(getDb);

  it("never answers 500 to a mutated booking", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), hostileValue, async (path, value) => {
        const body = mutate(bookingBody() as Record<string, unknown>, path, value);
        const response = await POST(jsonRequest("/api/v1/bookings", body));
        expect([201, 400, 413]).toContain(response.status);
        if (response.status === 400) {
          const { error } = await response.json();
          expect(error.code).toBe("VALIDATION");
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never answers 500 to arbitrary JSON or bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ unit: "binary" }),
        ),
        async (raw) => {
          const response = await POST(jsonRequest("/api/v1/bookings", null, { raw }));
          expect([201, 400, 413]).toContain(response.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});
