import fc from "fast-check";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { brand } from "@/config/brand";
import { countBookings } from "@/db/queries/booking-counts";
import { isReferencePrefix } from "@/db/queries/booking-list";
import { queryRows } from "@/db/sql";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import { nextIsoDate, startOfDayIn } from "@/lib/dates";
import { BOOKING_STATUSES, SERVICE_TYPES } from "@/lib/enum-values";
import { normalizeForSearch } from "@/lib/search-text";
import type { Actor } from "@/server/access/actor";
import { findBookingsTable } from "@/server/bookings/find-bookings-table";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { SORT_FIELDS, type BookingListQuery } from "@/contracts/bookings/list-query";
import { describeEachDatabase } from "../support/each-database";
import { createMember, createTeam } from "../support/team";

// The list query must return exactly what a plain in-memory filter and sort of the same rows
// returns, in the same order, on every page. Text order (names, references) is the database's
// collation, so the model takes those ranks from the database and does everything else itself.

type ModelRow = {
  id: string;
  reference: string;
  referenceRank: number;
  status: string;
  serviceType: string;
  originCountry: string;
  destinationCountry: string;
  travelDate: string;
  createdUs: bigint;
  updatedUs: bigint;
  deleted: boolean;
  assigneeId: string | null;
  customerId: string;
  nameRank: number;
  searchText: string;
  petNames: string[];
};

const SEEDED = 240;

function compare(a: bigint | number | string, b: bigint | number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function modelOrder(query: BookingListQuery) {
  const sign = query.sort.direction === "desc" ? -1 : 1;
  const statusIndex = (status: string) => BOOKING_STATUSES.indexOf(status as (typeof BOOKING_STATUSES)[number]);
  return (a: ModelRow, b: ModelRow): number => {
    switch (query.sort.field) {
      case "reference":
        return sign * compare(a.referenceRank, b.referenceRank);
      case "createdAt":
        return sign * (compare(a.createdUs, b.createdUs) || compare(a.id, b.id));
      case "updatedAt":
        return sign * (compare(a.updatedUs, b.updatedUs) || compare(a.id, b.id));
      case "travelDate":
        return sign * (compare(a.travelDate, b.travelDate) || compare(a.id, b.id));
      case "customerName":
        return (
          sign * (compare(a.nameRank, b.nameRank) || compare(a.customerId, b.customerId)) ||
          -compare(a.createdUs, b.createdUs) ||
          -compare(a.id, b.id)
        );
      case "status":
        return (
          sign * compare(statusIndex(a.status), statusIndex(b.status)) ||
          -compare(a.createdUs, b.createdUs) ||
          -compare(a.id, b.id)
        );
    }
  };
}

function modelFilter(rows: ModelRow[], query: BookingListQuery, actor: Actor): ModelRow[] {
  const createdFrom = query.createdFrom
    ? BigInt(startOfDayIn(brand.timeZone, query.createdFrom).getTime()) * 1000n
    : undefined;
  const createdBefore = query.createdTo
    ? BigInt(startOfDayIn(brand.timeZone, nextIsoDate(query.createdTo)).getTime()) * 1000n
    : undefined;
  const terms = query.q ? normalizeForSearch(query.q).split(/\s+/).filter(Boolean) : [];
  return rows
    .filter((row) => row.deleted === query.deleted)
    .filter((row) =>
      terms.every((term) =>
        isReferencePrefix(term) ? row.reference.toLowerCase().startsWith(term) : row.searchText.includes(term),
      ),
    )
    .filter((row) => !query.status?.length || query.status.includes(row.status as never))
    .filter((row) => !query.service?.length || query.service.includes(row.serviceType as never))
    .filter((row) => createdFrom === undefined || row.createdUs >= createdFrom)
    .filter((row) => createdBefore === undefined || row.createdUs < createdBefore)
    .filter((row) => !query.travelFrom || row.travelDate >= query.travelFrom)
    .filter((row) => !query.travelTo || row.travelDate <= query.travelTo)
    .filter(
      (row) =>
        !query.assignee ||
        (query.assignee === "unassigned"
          ? row.assigneeId === null
          : row.assigneeId === (query.assignee === "me" ? actor.id : query.assignee)),
    )
    .filter((row) => !query.origin || row.originCountry === query.origin)
    .filter((row) => !query.destination || row.destinationCountry === query.destination)
    .sort(modelOrder(query));
}

describeEachDatabase("findBookings", (getDb) => {
  let rows: ModelRow[] = [];
  let admin: Actor;
  let staff: Actor;
  let otherStaffId = "";

  beforeAll(async () => {
    const db = getDb();
    await seedDemoData(db, { bookings: SEEDED, seed: 20261124, now: new Date("2026-11-20T08:00:00Z") });
    ({ admin, staff } = await createTeam(db, { admin: { name: "Amira" }, staff: { name: "Omar" } }));
    otherStaffId = (await createMember(db, "staff", { name: "Layla" })).id;
    // Deterministic spread of assignees and deletions; a few shared timestamps to exercise the tie-breaks.
    await db.execute(sql`update bookings set assignee_id = case
      when get_byte(decode(md5(id::text), 'hex'), 0) < 80 then ${staff.id}::uuid
      when get_byte(decode(md5(id::text), 'hex'), 0) < 120 then ${otherStaffId}::uuid end`);
    await db.execute(sql`update bookings set deleted_at = now() where get_byte(decode(md5(id::text), 'hex'), 1) < 16`);
    await db.execute(sql`update bookings set created_at = '2026-10-01T10:00:00Z', updated_at = '2026-10-01T10:00:00Z'
      where get_byte(decode(md5(id::text), 'hex'), 2) < 20`);
    rows = (
      await queryRows<{
        id: string;
        reference: string;
        reference_rank: number;
        status: string;
        service_type: string;
        origin_country: string;
        destination_country: string;
        travel_date: string;
        created_us: string;
        updated_us: string;
        deleted: boolean;
        assignee_id: string | null;
        customer_id: string;
        name_rank: number;
        search_text: string;
        pet_names: string[];
      }>(
        db,
        sql`select b.id, b.reference, (rank() over (order by b.reference))::int as reference_rank, b.status, b.service_type,
              b.origin_country, b.destination_country, b.travel_date::text as travel_date,
              (extract(epoch from b.created_at) * 1000000)::bigint::text as created_us,
              (extract(epoch from b.updated_at) * 1000000)::bigint::text as updated_us,
              b.deleted_at is not null as deleted, b.assignee_id, b.customer_id, n.name_rank, b.search_text,
              array(select p.name from pets p where p.booking_id = b.id order by p.position) as pet_names
            from bookings b join (select id, (rank() over (order by full_name))::int as name_rank from customers) n on n.id = b.customer_id`,
      )
    ).map((row) => ({
      id: row.id,
      reference: row.reference,
      referenceRank: row.reference_rank,
      status: row.status,
      serviceType: row.service_type,
      originCountry: row.origin_country,
      destinationCountry: row.destination_country,
      travelDate: row.travel_date,
      createdUs: BigInt(row.created_us),
      updatedUs: BigInt(row.updated_us),
      deleted: row.deleted,
      assigneeId: row.assignee_id,
      customerId: row.customer_id,
      nameRank: row.name_rank,
      searchText: row.search_text,
      petNames: row.pet_names,
    }));
    expect(rows.length).toBeGreaterThanOrEqual(SEEDED);
  });

  function queryArbitrary() {
    const live = () => rows.filter((row) => !row.deleted);
    const fragments = () => {
      const sample = live().slice(0, 40);
      return [
        ...sample.map((row) => row.reference.slice(0, 10)),
        ...sample.map((row) => row.reference.toLowerCase()),
        ...sample.flatMap((row) => row.petNames.map((name) => name.slice(1, 4).toUpperCase())),
        ...sample.map((row) => row.searchText.split(" ")[0]!.slice(0, 5)),
        "zzzz-nothing",
        "100%_",
        "a b",
      ];
    };
    const dates = () => rows.map((row) => row.travelDate).sort();
    const countries = () => [
      ...new Set(rows.map((row) => row.originCountry)),
      ...new Set(rows.map((row) => row.destinationCountry)),
    ];
    return (
      fc
        .record({
          q: fc.constantFrom(...fragments()),
          status: fc.subarray([...BOOKING_STATUSES], { minLength: 1 }).map((list) => list.join(",")),
          service: fc.subarray([...SERVICE_TYPES], { minLength: 1 }).map((list) => list.join(",")),
          createdFrom: fc.constantFrom("2025-01-01", "2026-06-01", "2026-10-01", "2026-11-15"),
          createdTo: fc.constantFrom("2026-10-01", "2026-11-19", "2027-01-01"),
          travelFrom: fc.constantFrom(...dates().filter((_, i) => i % 30 === 0)),
          travelTo: fc.constantFrom(...dates().filter((_, i) => i % 30 === 15)),
          assignee: fc.constantFrom("me", "unassigned", otherStaffId),
          origin: fc.constantFrom(...countries()),
          destination: fc.constantFrom(...countries()),
          deleted: fc.constantFrom("true", "false"),
          sort: fc
            .tuple(fc.constantFrom(...SORT_FIELDS), fc.boolean())
            .map(([field, desc]) => `${desc ? "-" : ""}${field}`),
          pageSize: fc.constantFrom("1", "7", "25", "100"),
        })
        // Up to four parameters at once, so that most combinations still match some bookings.
        .chain((all) =>
          fc
            .subarray(Object.keys(all) as (keyof typeof all)[], { maxLength: 4 })
            .map((keys) => Object.fromEntries(keys.map((key) => [key, all[key]])) as Partial<typeof all>),
        )
        // Reversed ranges are refused with a 400 (tested with the API); here every query is valid.
        .filter(
          (p) =>
            !(p.createdFrom && p.createdTo && p.createdFrom > p.createdTo) &&
            !(p.travelFrom && p.travelTo && p.travelFrom > p.travelTo),
        )
        .chain((params) => fc.record({ params: fc.constant(params), pageIndex: fc.nat({ max: 40 }) }))
    );
  }

  it("returns exactly the rows, order and total of an in-memory filter, for random combinations", async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(queryArbitrary(), async ({ params, pageIndex }) => {
        const pageSize = Number(params.pageSize ?? 25);
        const actor = params.deleted === "true" ? admin : staff;
        const expectedAll = modelFilter(rows, parseBookingListQuery(params as Record<string, string>), actor);
        // Land on a page within the results most of the time, sometimes one past the end.
        const page = (pageIndex % (Math.ceil(expectedAll.length / pageSize) + 1)) + 1;
        const query = parseBookingListQuery({ ...params, page: String(page) } as Record<string, string>);
        const result = await findBookings({ db: getDb(), actor, query });
        const expected = expectedAll.slice((page - 1) * pageSize, page * pageSize).map((row) => row.reference);
        expect(result.items.map((item) => item.reference)).toEqual(expected);
        expect(result.total).toBe(expectedAll.length);
        expect(result.totalIsExact).toBe(true);
        if (expected.length > 0) nonEmpty++;
      }),
      { numRuns: 150 },
    );
    // The property means little if nearly every generated view is empty.
    expect(nonEmpty).toBeGreaterThan(40);
  });

  it("walks every page of each sort without skipping or repeating a booking", async () => {
    for (const field of SORT_FIELDS) {
      for (const sort of [field, `-${field}`]) {
        const seen: string[] = [];
        for (let page = 1; ; page++) {
          const result = await findBookings({
            db: getDb(),
            actor: staff,
            query: parseBookingListQuery({ sort, page: String(page), pageSize: "50" }),
          });
          seen.push(...result.items.map((item) => item.reference));
          if (result.items.length < 50) break;
        }
        const expected = modelFilter(rows, parseBookingListQuery({ sort }), staff).map((row) => row.reference);
        expect(seen).toEqual(expected);
      }
    }
  });

  it("finds a booking by its pet's name, its customer's name in any case and accents, a reference prefix and a microchip", async () => {
    const [withChip] = await queryRows<{ reference: string; microchip: string; pet: string; customer: string }>(
      getDb(),
      sql`select b.reference, p.microchip, p.name as pet, c.full_name as customer from bookings b
          join pets p on p.booking_id = b.id join customers c on c.id = b.customer_id
          where p.microchip is not null and b.deleted_at is null order by b.created_at desc limit 1`,
    );
    const find = async (q: string) =>
      (
        await findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery({ q, pageSize: "100" }) })
      ).items.map((item) => item.reference);
    expect(await find(withChip!.microchip)).toContain(withChip!.reference);
    expect(await find(withChip!.pet.toUpperCase())).toContain(withChip!.reference);
    expect(await find(withChip!.reference.slice(0, withChip!.reference.length - 1))).toContain(withChip!.reference);
    const surname = withChip!.customer.split(" ").at(-1)!;
    expect(await find(surname.slice(0, 4).toLowerCase())).toContain(withChip!.reference);
  });

  it("counts exactly up to a limit and labels the estimate past it", async () => {
    const live = rows.filter((row) => !row.deleted).length;
    // A filter beside the status, so that the statement counts it (the status counts would answer it exactly).
    const everyTravelDate = { deleted: false, travelFrom: "1900-01-01" };
    expect(await countBookings(getDb(), everyTravelDate, live)).toEqual({ total: live, exact: true });
    const estimated = await countBookings(getDb(), everyTravelDate, 10);
    expect(estimated.exact).toBe(false);
    expect(estimated.total).toBeGreaterThan(10);
    expect(await countBookings(getDb(), { deleted: false }, 10)).toEqual({ total: live, exact: true });
  });

  it("counts each status under the other filters, and the cards count live bookings", async () => {
    const live = rows.filter((row) => !row.deleted);
    const plain = await findBookingsTable({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ status: "pending" }),
    });
    for (const status of BOOKING_STATUSES) {
      const expected = live.filter((row) => row.status === status).length;
      expect(plain.statusCounts[status]).toEqual({ total: expected, exact: true });
      expect(plain.summary.byStatus[status].count.total).toBe(expected);
    }
    const origin = live[0]!.originCountry;
    const filtered = await findBookingsTable({ db: getDb(), actor: staff, query: parseBookingListQuery({ origin }) });
    for (const status of BOOKING_STATUSES) {
      expect(filtered.statusCounts[status].total).toBe(
        live.filter((row) => row.status === status && row.originCountry === origin).length,
      );
    }
  });

  it("lists the pets, route and assignee of each row", async () => {
    const result = await findBookings({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ assignee: "me", pageSize: "5" }),
    });
    expect(result.items.length).toBeGreaterThan(0);
    for (const item of result.items) {
      expect(item.assignee).toEqual({ id: staff.id, name: "Omar" });
      expect(item.pets.length).toBeGreaterThan(0);
      expect(item.pets[0]).toMatchObject({ name: expect.any(String), species: expect.stringMatching(/dog|cat|other/) });
      expect(item.route.originCountry).toMatch(/^[A-Z]{2}$/);
    }
  });

  it("keeps deleted bookings for admins, and the list for the team", async () => {
    await expect(
      findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery({ deleted: "true" }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const customer: Actor = { id: staff.id, name: "x", email: "x@example.com", role: "customer" };
    await expect(
      findBookings({ db: getDb(), actor: customer, query: parseBookingListQuery({}) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findBookings({ db: getDb(), actor: null, query: parseBookingListQuery({}) })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
