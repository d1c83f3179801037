import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { bookingEvents, bookings, customers, pets } from "@/db/schema";
import { AppError } from "@/server/errors";
import { createBooking } from "@/server/bookings/create-booking";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";

const referencePattern = /^PP-\d{4}-\d{5,}$/;

describeEachDatabase("createBooking", (getDb) => {
  it("stores the customer, pets and a created event, and answers with a reference", async () => {
    const db = getDb();
    const body = bookingBody();
    const created = await createBooking({ db, body, source: "api" });

    expect(created.reference).toMatch(referencePattern);
    expect(created.status).toBe("pending");
    const [booking] = await db.select().from(bookings).where(eq(bookings.reference, created.reference));
    expect(booking).toMatchObject({ status: "pending", source: "api", originCountry: "AE", destinationCity: "London" });
    const [customer] = await db.select().from(customers).where(eq(customers.id, booking!.customerId));
    expect(customer?.email).toBe(body.customer.email);
    const storedPets = await db.select().from(pets).where(eq(pets.bookingId, booking!.id));
    expect(storedPets).toHaveLength(1);
    expect(storedPets[0]).toMatchObject({
      name: "Luna",
      species: "cat",
      microchip: "784098100123456",
      weightKg: "4.20",
    });
    const events = await db.select().from(bookingEvents).where(eq(bookingEvents.bookingId, booking!.id));
    expect(events.map((e) => e.type)).toEqual(["created"]);
    expect(booking!.searchText).toContain("luna");
    expect(booking!.searchText).toContain(created.reference.toLowerCase());
  });

  it("keeps text exactly as sent, markup and quotes included", async () => {
    const db = getDb();
    const name = `  Zoë <script>alert("x")</script> O'Brien; DROP TABLE bookings;--  `;
    const body = bookingBody();
    body.customer.name = name;
    body.pets[0]!.name = "Ça\u0301va 🐶";
    const created = await createBooking({ db, body, source: "api" });
    const [row] = await db
      .select({ name: customers.fullName, pet: pets.name })
      .from(bookings)
      .innerJoin(customers, eq(customers.id, bookings.customerId))
      .innerJoin(pets, eq(pets.bookingId, bookings.id))
      .where(eq(bookings.reference, created.reference));
    expect(row).toEqual({ name, pet: "Ça\u0301va 🐶" });
  });

  it("rejects invalid input with a message per field and stores nothing", async () => {
    const db = getDb();
    const before = await db.$count(bookings);
    const body = { ...bookingBody(), consent: false };
    body.customer.email = "not-an-email";
    body.pets[0]!.microchip = "12345";
    body.pets[0]!.name = "   ";
    const error = await createBooking({ db, body, source: "api" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect(Object.keys((error as AppError).fields ?? {}).sort()).toEqual([
      "consent",
      "customer.email",
      "pets.0.microchip",
      "pets.0.name",
    ]);
    expect(await db.$count(bookings)).toBe(before);
  });

  it("returns the same booking for a repeated idempotency key, even when sent concurrently", async () => {
    const db = getDb();
    const key = randomUUID();
    const body = bookingBody();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createBooking({ db, body, source: "web_form", idempotencyKey: key })),
    );
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => !r.replayed).length).toBe(1);
    const again = await createBooking({ db, body, source: "web_form", idempotencyKey: key });
    expect(again).toMatchObject({ reference: results[0]!.reference, replayed: true });
    expect(await db.$count(bookings, eq(bookings.idempotencyKey, key))).toBe(1);
  });

  it("gives 50 concurrent submissions 50 distinct, sequential references", async () => {
    const db = getDb();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => createBooking({ db, body: bookingBody(), source: "api" })),
    );
    const numbers = results.map((r) => Number(r.reference.split("-")[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers.at(-1)! - numbers[0]!).toBe(49);
  });

  it("matches a returning customer by email, whatever its case", async () => {
    const db = getDb();
    const first = bookingBody();
    const second = bookingBody();
    second.customer.email = first.customer.email.toUpperCase();
    const a = await createBooking({ db, body: first, source: "api" });
    const b = await createBooking({ db, body: second, source: "api" });
    const rows = await db
      .select({ customerId: bookings.customerId })
      .from(bookings)
      .where(sql`${bookings.reference} in (${a.reference}, ${b.reference})`);
    expect(new Set(rows.map((r) => r.customerId)).size).toBe(1);
  });

  it("never changes a returning customer's contact details, not even a missing WhatsApp number", async () => {
    const db = getDb();
    const first = bookingBody();
    first.customer.whatsapp = undefined;
    first.customer.preferredContact = "email";
    const second = bookingBody();
    second.customer.email = first.customer.email.toUpperCase();
    second.customer.name = "Someone Else";
    second.customer.phone = "+447911123456";
    second.customer.whatsapp = "+447911123456";
    await createBooking({ db, body: first, source: "api" });
    await createBooking({ db, body: second, source: "api" });
    const [customer] = await db
      .select({ name: customers.fullName, phone: customers.phone, whatsapp: customers.whatsapp })
      .from(customers)
      .where(sql`lower(${customers.email}) = lower(${first.customer.email})`);
    expect(customer).toEqual({ name: first.customer.name, phone: first.customer.phone, whatsapp: null });
  });

  it("refuses a client past the per-IP limit with a retry time, and counts IPs apart", async () => {
    const db = getDb();
    const clientIp = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const rateLimit = { clientIp, max: 2, windowSeconds: 60 };
    await createBooking({ db, body: bookingBody(), source: "web_form", rateLimit });
    await createBooking({ db, body: bookingBody(), source: "web_form", rateLimit });
    const error = await createBooking({ db, body: bookingBody(), source: "web_form", rateLimit }).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).retryAfterSeconds).toBeGreaterThan(0);
    const other = { ...rateLimit, clientIp: "198.51.100.7" };
    await expect(
      createBooking({ db, body: bookingBody(), source: "web_form", rateLimit: other }),
    ).resolves.toBeTruthy();
  });
});
