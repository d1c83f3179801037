import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { beforeAll, expect, it } from "vitest";
import { POST } from "@/app/api/v1/bookings/route";
import { bookings } from "@/db/schema";
import type { Database } from "@/db/types";
import { createBooking } from "@/server/bookings/create-booking";
import { AppError } from "@/server/errors";
import { bookingBody } from "@/testing/factories/booking-body";
import { jsonRequest, newKey } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

beforeAll(() => {
  process.env.PUBLIC_FORM_ORIGINS = "https://www.pawpathsae.com";
});

const post = (body: unknown, key: string, raw?: string) =>
  POST(jsonRequest("/api/v1/bookings", body, { headers: { "idempotency-key": key }, raw }));

/** The same object with its keys in reverse order at every depth (arrays keep their order). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reversedKeys(inner)]),
  );
}

/** PostgreSQL only: a second connection, so that "another request holds the key" can be staged exactly. */
function postgresPool(db: Database): pg.Pool | undefined {
  const client = (db as unknown as { $client: unknown }).$client;
  return client instanceof pg.Pool ? client : undefined;
}

describeEachDatabase("Idempotency-Key on the intake", (getDb) => {
  routesUseDatabase(getDb);
  const countWithKey = (key: string) => getDb().$count(bookings, eq(bookings.idempotencyKey, key));

  it("replays the same key with the same body, whatever its key order and whitespace", async () => {
    const key = newKey();
    const body = bookingBody();
    const first = await post(body, key);
    const again = await post(body, key, JSON.stringify(reversedKeys(body), null, 2));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json()).reference).toBe((await first.json()).reference);
    expect(await countWithKey(key)).toBe(1);
  });

  it("refuses the same key with a different body: 422, and nothing is created", async () => {
    const key = newKey();
    const body = bookingBody();
    const first = await post(body, key);
    const before = await getDb().$count(bookings);
    const changed = { ...body, route: { ...body.route, destinationCity: "Paris" } };
    const refused = await post(changed, key);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: {
        code: "IDEMPOTENCY_KEY_REUSED",
        message:
          "This Idempotency-Key was already used for a booking with different details. Send a new key to make another booking.",
      },
    });
    expect(await getDb().$count(bookings)).toBe(before);
    const [stored] = await getDb().select().from(bookings).where(eq(bookings.idempotencyKey, key));
    expect(stored?.reference).toBe((await first.json()).reference);
    expect(stored?.destinationCity).toBe("London");
  });

  it("answers 409 while another request holds the key (PostgreSQL; PGlite runs one statement at a time)", async (context) => {
    const pool = postgresPool(getDb());
    if (!pool) return context.skip();
    const key = newKey();
    const holder = await pool.connect();
    try {
      // What the first request's insert statement holds until it commits.
      await holder.query("select pg_advisory_lock(hashtext($1))", [`bookings.idempotency-key:${key}`]);
      const busy = await post(bookingBody(), key);
      expect(busy.status).toBe(409);
      expect(busy.headers.get("retry-after")).toBe("1");
      expect((await busy.json()).error.code).toBe("IDEMPOTENCY_KEY_IN_USE");
      expect(await countWithKey(key)).toBe(0);
    } finally {
      await holder.query("select pg_advisory_unlock_all()");
      holder.release();
    }
    expect((await post(bookingBody(), key)).status).toBe(201);
  });

  it("gives two concurrent requests with one key one booking: the other replays it or gets 409", async () => {
    const db = getDb();
    const key = newKey();
    const body = bookingBody();
    const results = await Promise.allSettled(
      [1, 2].map(() => createBooking({ db, body, source: "api", idempotencyKey: key })),
    );
    const created = results.flatMap((r) => (r.status === "fulfilled" && !r.value.replayed ? [r.value] : []));
    expect(created).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toBeInstanceOf(AppError);
        expect((result.reason as AppError).code).toBe("IDEMPOTENCY_KEY_IN_USE");
      } else {
        expect(result.value.reference).toBe(created[0]!.reference);
      }
    }
    expect(await countWithKey(key)).toBe(1);
  });

  it("makes a new booking for a key older than 24 hours, which then replays in turn", async () => {
    const db = getDb();
    const key = newKey();
    const body = bookingBody();
    const old = await createBooking({ db, body, source: "api", idempotencyKey: key });
    await db.execute(
      sql`update bookings set created_at = now() - interval '24 hours 1 minute' where reference = ${old.reference}`,
    );
    const fresh = await createBooking({ db, body, source: "api", idempotencyKey: key });
    expect(fresh.replayed).toBe(false);
    expect(fresh.reference).not.toBe(old.reference);
    expect(await db.$count(bookings, eq(bookings.reference, old.reference))).toBe(1);
    const again = await createBooking({ db, body, source: "api", idempotencyKey: key });
    expect(again).toMatchObject({ reference: fresh.reference, replayed: true });
    expect(await countWithKey(key)).toBe(1);
  });
});
