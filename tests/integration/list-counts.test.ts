import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { findBookingsTable } from "@/server/bookings/find-bookings-table";
import { countBookings, countBookingsEachWith } from "@/db/queries/booking-counts";
import { findAssignableTeam } from "@/server/bookings/assign-booking";
import { getTableColumns } from "@/server/preferences/get-table-columns";
import { setTableColumns } from "@/server/preferences/set-table-columns";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { listSavedViews } from "@/server/saved-views/list-saved-views";
import { describeEachDatabase } from "../support/each-database";
import { createTeam, type Member } from "../support/team";

// Counts people can trust: every view an index answers is counted exactly (compared here with count(*)),
// past the first thousand matches too; only a fragment search with more matches than that is an
// estimate, and says so.

const SEEDED = 1_150;
const NOW = new Date("2026-11-20T08:00:00Z");

describeEachDatabase("bookings list counts", (getDb) => {
  let admin: Member;
  let staff: Member;

  beforeAll(async () => {
    const db = getDb();
    await seedDemoData(db, { bookings: SEEDED, seed: 20261202, now: NOW });
    ({ admin, staff } = await createTeam(db));
    await db.execute(sql`update bookings set assignee_id = ${staff.id}::uuid
      where get_byte(decode(md5(id::text), 'hex'), 0) < 90`);
    await db.execute(sql`update bookings set deleted_at = now() where get_byte(decode(md5(id::text), 'hex'), 1) < 8`);
  }, 120_000);

  const countStar = async (where: string) =>
    (await queryRows<{ n: number }>(getDb(), sql.raw(`select count(*)::int as n from bookings where ${where}`)))[0]!.n;

  const views: [params: Record<string, string>, where: string][] = [
    [{}, "deleted_at is null"],
    [{ status: "completed" }, "deleted_at is null and status = 'completed'"],
    [{ status: "pending,confirmed" }, "deleted_at is null and status in ('pending', 'confirmed')"],
    [{ createdFrom: "2026-01-01" }, "deleted_at is null and created_at >= '2025-12-31T20:00:00Z'"],
    [
      { travelFrom: "2026-11-20", travelTo: "2026-12-31" },
      "deleted_at is null and travel_date between '2026-11-20' and '2026-12-31'",
    ],
    [{ assignee: "unassigned" }, "deleted_at is null and assignee_id is null"],
    [{ origin: "AE" }, "deleted_at is null and origin_country = 'AE'"],
    [
      { destination: "GB", status: "completed" },
      "deleted_at is null and destination_country = 'GB' and status = 'completed'",
    ],
    [
      { status: "cancelled", travelFrom: "2024-01-01", travelTo: "2026-12-31", service: "export_from_uae" },
      "deleted_at is null and status = 'cancelled' and travel_date between '2024-01-01' and '2026-12-31' and service_type = 'export_from_uae'",
    ],
    [{ q: "pp-20" }, "deleted_at is null and reference like 'PP-20%'"],
  ];

  it("counts every view an index answers exactly, as count(*) does, past a thousand matches too", async () => {
    let pastAThousand = 0;
    for (const [params, where] of views) {
      const page = await findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery(params) });
      const expected = await countStar(where);
      expect({ params, total: page.total, exact: page.totalIsExact }).toEqual({ params, total: expected, exact: true });
      if (expected > 1_000) pastAThousand++;
    }
    expect(pastAThousand).toBeGreaterThanOrEqual(2);
    const deleted = await findBookings({
      db: getDb(),
      actor: admin,
      query: parseBookingListQuery({ deleted: "true" }),
    });
    expect(deleted).toMatchObject({ total: await countStar("deleted_at is not null"), totalIsExact: true });
  });

  it("labels a count an estimate only for a fragment search with more than a thousand matches", async () => {
    const broad = await findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery({ q: "a" }) });
    const truth = await countStar("deleted_at is null and search_text like '%a%'");
    expect(truth).toBeGreaterThan(1_000);
    expect(broad.totalIsExact).toBe(false);
    expect(Math.abs(broad.total - truth)).toBeLessThanOrEqual(truth * 0.25);
    const narrow = await findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery({ q: "luna" }) });
    expect(narrow).toMatchObject({
      total: await countStar("deleted_at is null and search_text like '%luna%'"),
      totalIsExact: true,
    });
  });

  it("answers the same total and label on the /admin page as through the API", async () => {
    const views: Record<string, string>[] = [
      {},
      { status: "pending" },
      { origin: "AE" },
      { q: "a" },
      { q: "a", status: "completed" },
    ];
    for (const params of views) {
      const query = parseBookingListQuery(params);
      const api = await findBookings({ db: getDb(), actor: staff, query });
      const { page } = await findBookingsTable({ db: getDb(), actor: staff, query, now: NOW });
      expect({ params, total: page.total, exact: page.totalIsExact }).toEqual({
        params,
        total: api.total,
        exact: api.totalIsExact,
      });
      expect(page.items).toEqual(api.items);
    }
  });

  it("counts each status and the summary cards exactly on the /admin page", async () => {
    const table = await findBookingsTable({ db: getDb(), actor: staff, query: parseBookingListQuery({}), now: NOW });
    for (const status of BOOKING_STATUSES) {
      const expected = await countStar(`deleted_at is null and status = '${status}'`);
      expect(table.statusCounts[status]).toEqual({ total: expected, exact: true });
      expect(table.summary.byStatus[status].count).toEqual({ total: expected, exact: true });
    }
    expect(table.summary.departingSoon.count).toEqual({
      total: await countStar(
        "deleted_at is null and status in ('pending', 'confirmed', 'in_progress', 'flight_booked') and travel_date between '2026-11-20' and '2026-11-26'",
      ),
      exact: true,
    });
    expect(table.page).toMatchObject({ total: await countStar("deleted_at is null"), totalIsExact: true });
    const filtered = await findBookingsTable({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ origin: "AE", status: "completed" }),
      now: NOW,
    });
    for (const status of BOOKING_STATUSES) {
      expect(filtered.statusCounts[status]).toEqual({
        total: await countStar(`deleted_at is null and origin_country = 'AE' and status = '${status}'`),
        exact: true,
      });
    }
    expect(filtered.page).toMatchObject({
      total: await countStar("deleted_at is null and origin_country = 'AE' and status = 'completed'"),
      totalIsExact: true,
    });
  });

  it("counts a short travel window exactly at once, and past its limit still labels an estimate", async () => {
    const window = { deleted: false, travelFrom: "2026-11-20", travelTo: "2026-12-20" } as const;
    const truth = await countStar("deleted_at is null and travel_date between '2026-11-20' and '2026-12-20'");
    expect(truth).toBeGreaterThan(20);
    expect(await countBookings(getDb(), window, truth)).toEqual({ total: truth, exact: true });
    const past = await countBookings(getDb(), window, 20);
    expect(past.exact).toBe(false);
    expect(past.total).toBeGreaterThan(20);
  });

  it("reads the page's columns, saved views and team in its counting statement, as their own use cases do", async () => {
    const db = getDb();
    await createSavedView({ db, actor: admin, input: { name: "Shared AE", query: "origin=AE", shared: true } });
    await createSavedView({ db, actor: staff, input: { name: "mine", query: "status=pending", shared: false } });
    await setTableColumns({ db, actor: staff, columns: ["reference", "status", "pets"] });
    for (const actor of [staff, admin]) {
      const views: Record<string, string>[] = [{}, { origin: "AE" }, { q: "a", status: "completed" }];
      for (const params of views) {
        const table = await findBookingsTable({ db, actor, query: parseBookingListQuery(params), now: NOW });
        expect(table.columns).toEqual(await getTableColumns({ db, actor }));
        expect(table.savedViews).toEqual(await listSavedViews({ db, actor }));
        expect(table.team).toEqual((await findAssignableTeam({ db, actor })).map(({ id, name }) => ({ id, name })));
      }
    }
  });

  it("reads what rides along when the status counts answer every count, in one statement too", async () => {
    const { counts, together } = await countBookingsEachWith(getDb(), { deleted: false }, [{ status: ["pending"] }], {
      alongside: { answer: sql`select 42` },
    });
    expect(counts).toEqual([{ total: await countStar("deleted_at is null and status = 'pending'"), exact: true }]);
    expect(together).toEqual({ answer: 42 });
  });
});
