import { sql } from "drizzle-orm";
import { isValidPhoneNumber } from "libphonenumber-js/min";
import { describe, expect, it } from "vitest";
import { brand } from "@/config/brand";
import { BookingFactory } from "@/db/seed/booking-factory";
import { Random } from "@/db/seed/random";
import type { SeedBatch } from "@/db/seed/rows";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import { sampleCreatedTimes } from "@/db/seed/timeline";
import { queryRows } from "@/db/sql";
import type { Database } from "@/db/types";
import { yearIn } from "@/lib/dates";
import { bookingSearchText } from "@/lib/search-text";
import { createBooking } from "@/server/bookings/create-booking";
import { customerInputSchema, petInputSchema } from "@/contracts/bookings/schemas";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";

const DAY_MS = 86_400_000;
const referencePattern = /^PP-(\d{4})-(\d{5,})$/;

type SeededRow = {
  reference: string;
  status: string;
  service_type: string;
  source: string;
  origin_country: string;
  destination_country: string;
  travel_date: string;
  created_ms: number;
  consent_matches: boolean;
  flight: Record<string, string> | null;
  search_text: string;
  customer_id: string;
  full_name: string;
  email: string;
  phone: string;
  whatsapp: string | null;
  preferred_contact: string;
  pets:
    | {
        name: string;
        species: string;
        breed: string | null;
        sex: string | null;
        dateOfBirth: string | null;
        weightKg: number | null;
        microchip: string | null;
        notes: string | null;
      }[]
    | null;
  events: { type: string; data: Record<string, unknown> }[];
};

function loadBookings(db: Database) {
  return queryRows<SeededRow>(
    db,
    sql`select b.reference, b.status, b.service_type, b.source, b.origin_country, b.destination_country,
          b.travel_date::text as travel_date, (extract(epoch from b.created_at) * 1000)::float8 as created_ms,
          b.consent_at = b.created_at as consent_matches, b.flight, b.search_text, b.customer_id,
          c.full_name, c.email, c.phone, c.whatsapp, c.preferred_contact,
          (select json_agg(json_build_object('name', p.name, 'species', p.species, 'breed', p.breed, 'sex', p.sex,
              'dateOfBirth', p.date_of_birth::text, 'weightKg', p.weight_kg::float8, 'microchip', p.microchip,
              'notes', p.notes) order by p.position)
           from pets p where p.booking_id = b.id) as pets,
          (select json_agg(json_build_object('type', e.type, 'data', e.data) order by e.id)
           from booking_events e where e.booking_id = b.id) as events
        from bookings b join customers c on c.id = b.customer_id
        order by b.created_at`,
  );
}

const numberOf = (reference: string) => Number(referencePattern.exec(reference)![2]);
const yearOf = (reference: string) => Number(referencePattern.exec(reference)![1]);

describeEachDatabase("seedDemoData", (getDb) => {
  const currentYear = yearIn(brand.timeZone);
  const taken: string[] = [];
  let seeded: SeededRow[] = [];

  it("adds N consistent bookings after the ones already taken today", async () => {
    const db = getDb();
    for (let i = 0; i < 2; i++) taken.push((await createBooking({ db, body: bookingBody(), source: "api" })).reference);

    const summary = await seedDemoData(db, { bookings: 300, seed: 7 });
    expect(summary).toMatchObject({ seed: 7, bookings: 300 });
    seeded = (await loadBookings(db)).filter((row) => !taken.includes(row.reference));
    expect(seeded).toHaveLength(300);
    expect(summary.pets).toBe(seeded.reduce((sum, row) => sum + row.pets!.length, 0));

    // References: well formed, unique, numbered per year in creation order, after the intake's.
    expect(seeded.every((row) => referencePattern.test(row.reference))).toBe(true);
    expect(new Set(seeded.map((row) => row.reference)).size).toBe(300);
    const thisYear = seeded.filter((row) => yearOf(row.reference) === currentYear);
    expect(thisYear.length).toBeGreaterThan(0);
    expect(numberOf(thisYear[0]!.reference)).toBeGreaterThan(Math.max(...taken.map(numberOf)));
    for (const year of new Set(seeded.map((row) => yearOf(row.reference)))) {
      const numbers = seeded.filter((row) => yearOf(row.reference) === year).map((row) => numberOf(row.reference));
      expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
      expect(
        new Date(seeded.find((row) => yearOf(row.reference) === year)!.created_ms + 4 * 3600_000).getUTCFullYear(),
      ).toBe(year);
    }
  });

  it("writes the search text exactly as the intake does", () => {
    for (const row of seeded) {
      const expected = `${row.reference.toLowerCase()} ${bookingSearchText({
        customerName: row.full_name,
        email: row.email,
        phone: row.phone,
        whatsapp: row.whatsapp,
        pets: row.pets!,
      })}`;
      expect(row.search_text).toBe(expected);
    }
  });

  it("makes customers and pets the intake would accept, 1 to 3 pets a booking", () => {
    for (const row of seeded) {
      const customer = {
        name: row.full_name,
        email: row.email,
        phone: row.phone,
        whatsapp: row.whatsapp,
        preferredContact: row.preferred_contact,
      };
      expect(customerInputSchema.safeParse(customer).success, JSON.stringify(customer)).toBe(true);
      expect(isValidPhoneNumber(row.phone)).toBe(true);
      expect(row.pets!.length).toBeGreaterThanOrEqual(1);
      expect(row.pets!.length).toBeLessThanOrEqual(3);
      for (const pet of row.pets!) {
        expect(petInputSchema.safeParse(pet).success, JSON.stringify(pet)).toBe(true);
      }
      expect(row.consent_matches).toBe(true);
    }
    const average = seeded.reduce((sum, row) => sum + row.pets!.length, 0) / seeded.length;
    expect(average).toBeGreaterThan(1.25);
    expect(average).toBeLessThan(1.6);
    const bookingsPerCustomer = new Map<string, number>();
    for (const row of seeded)
      bookingsPerCustomer.set(row.customer_id, (bookingsPerCustomer.get(row.customer_id) ?? 0) + 1);
    expect([...bookingsPerCustomer.values()].some((count) => count >= 2)).toBe(true);
    expect(Math.max(...bookingsPerCustomer.values())).toBeLessThanOrEqual(3);
  });

  it("gives routes, statuses, flights and events that fit together", () => {
    const today = Date.now();
    for (const row of seeded) {
      const { origin_country: from, destination_country: to } = row;
      const service =
        from === to ? "domestic" : from === "AE" ? "export_from_uae" : to === "AE" ? "import_to_uae" : "international";
      expect(row.service_type).toBe(service);
      const travelAt = Date.parse(`${row.travel_date}T00:00:00Z`);
      expect(travelAt).toBeGreaterThan(row.created_ms - DAY_MS);
      if (travelAt < today - 3 * DAY_MS) expect(["completed", "cancelled"]).toContain(row.status);
      if (row.status === "completed") expect(travelAt).toBeLessThan(today);
      const flies = from !== to && (row.status === "flight_booked" || row.status === "completed");
      expect(row.flight !== null).toBe(flies);
      if (row.flight)
        expect(Object.keys(row.flight).sort()).toEqual([
          "airWaybill",
          "airline",
          "arrivalAirport",
          "arrivalTime",
          "departureAirport",
          "departureTime",
          "flightNumber",
        ]);
      expect(row.events[0]).toEqual({ type: "created", data: { source: row.source } });
      expect(row.events.slice(1)).toEqual(
        row.status === "pending" ? [] : [{ type: "status_changed", data: { from: "pending", to: row.status } }],
      );
    }
    const share = (predicate: (row: SeededRow) => boolean) => seeded.filter(predicate).length / seeded.length;
    expect(share((row) => row.origin_country === "AE" || row.destination_country === "AE")).toBeGreaterThan(0.8);
    expect(share((row) => row.source === "web_form")).toBeGreaterThan(0.6);
    expect(share((row) => row.status === "completed" || row.status === "cancelled")).toBeGreaterThan(0.6);
    expect(seeded.slice(-20).some((row) => row.status === "pending")).toBe(true);
  });

  it("includes easy-to-find demo bookings, found by accent-free search", async () => {
    const db = getDb();
    const find = (term: string) =>
      queryRows<{ reference: string }>(db, sql`select reference from bookings where search_text like ${`%${term}%`}`);
    const sara = seeded.find(
      (row) => row.full_name === "Sara Al Mansoori" && row.pets!.some((pet) => pet.name === "Luna"),
    );
    expect(sara).toBeDefined();
    expect((await find("sara al mansoori")).map((r) => r.reference)).toContain(sara!.reference);
    expect(await find("zoe muller")).not.toHaveLength(0);
    expect(await find("سارة")).not.toHaveLength(0);
  });

  it("leaves the intake a reference that collides with none of the seeded ones", async () => {
    const db = getDb();
    const created = await createBooking({ db, body: bookingBody(), source: "api" });
    expect(seeded.map((row) => row.reference)).not.toContain(created.reference);
    const highest = Math.max(
      ...seeded.filter((row) => yearOf(row.reference) === currentYear).map((row) => numberOf(row.reference)),
    );
    expect(numberOf(created.reference)).toBe(highest + 1);
    taken.push(created.reference);
    // Past years too: their sequences exist and stand past every seeded number.
    for (const year of new Set(seeded.map((row) => yearOf(row.reference)))) {
      const [sequence] = await queryRows<{ last_value: string | number }>(
        db,
        sql`select last_value from pg_sequences where sequencename = ${`booking_number_${year}`}`,
      );
      const used = seeded.filter((row) => yearOf(row.reference) === year).map((row) => numberOf(row.reference));
      expect(Number(sequence?.last_value)).toBeGreaterThanOrEqual(Math.max(...used));
    }
  });

  it("seeds again on top, with the same seed, without colliding", async () => {
    const db = getDb();
    await seedDemoData(db, { bookings: 40, seed: 7 });
    const all = await loadBookings(db);
    expect(all).toHaveLength(taken.length + 340);
    expect(new Set(all.map((row) => row.reference)).size).toBe(all.length);
    const again = await createBooking({ db, body: bookingBody(), source: "api" });
    expect(all.map((row) => row.reference)).not.toContain(again.reference);
  });
});

describe("demo data generator", () => {
  function generate(seed: number, now: number) {
    const random = new Random(seed);
    const createdAt = sampleCreatedTimes(random, 200, now);
    const factory = new BookingFactory({
      random,
      now,
      createdAt,
      years: [{ year: 2026, from: 0, to: 200, firstNumber: 1 }],
      emailSerialStart: 1n,
      batchSize: 5_000,
    });
    const batch: SeedBatch = { customers: [], bookings: [], pets: [], events: [] };
    factory.build(batch, 0, 200);
    // Ids are random by design; everything else must repeat.
    return {
      customers: batch.customers.map(({ id: _id, ...rest }) => rest),
      bookings: batch.bookings.map(({ id: _id, customer_id: _customer, ...rest }) => rest),
      pets: batch.pets.map(({ id: _id, booking_id: _booking, ...rest }) => rest),
    };
  }

  it("repeats the same data for the same seed, and differs for another", () => {
    const now = Date.parse("2026-06-01T12:00:00Z");
    expect(generate(11, now)).toEqual(generate(11, now));
    expect(generate(12, now).customers).not.toEqual(generate(11, now).customers);
  });
});

/** Every index and foreign key on the seeded tables, as PostgreSQL would recreate them. */
async function indexesAndKeys(db: Database): Promise<string[]> {
  const rows = await queryRows<{ definition: string }>(
    db,
    sql`select pg_get_indexdef(indexrelid) as definition from pg_index
        where indrelid in ('customers'::regclass, 'bookings'::regclass, 'pets'::regclass, 'booking_events'::regclass)
        union all
        select conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) from pg_constraint
        where contype = 'f'
          and conrelid in ('customers'::regclass, 'bookings'::regclass, 'pets'::regclass, 'booking_events'::regclass)`,
  );
  return rows.map((row) => row.definition).sort();
}

describeEachDatabase("seedDemoData into an empty database", (getDb) => {
  it("builds every index and foreign key back after the load, and they hold", async () => {
    const db = getDb();
    const before = await indexesAndKeys(db);
    expect(before.length).toBeGreaterThan(10);

    const summary = await seedDemoData(db, { bookings: 120, seed: 11 });
    expect(summary.bookings).toBe(120);
    expect(await indexesAndKeys(db)).toEqual(before);

    const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from bookings`);
    expect(row?.count).toBe(120);
    await expect(
      db.execute(sql`insert into pets (id, booking_id, position, name, species)
                     values (gen_random_uuid(), gen_random_uuid(), 0, 'Nobody''s pet', 'cat')`),
    ).rejects.toThrow();
  });
});
