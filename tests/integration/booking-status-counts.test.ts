import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import type { Actor } from "@/server/access/actor";
import { bulkChangeStatus } from "@/server/bookings/bulk-actions";
import { changeBookingStatus } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { deleteBooking, purgeBooking, restoreBooking } from "@/server/bookings/delete-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { findBookingsTable } from "@/server/bookings/find-bookings-table";
import { parseBookingTableQuery } from "@/server/bookings/parse-table-query";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";

// The table's status counts and summary cards read booking_status_counts, which triggers keep in step
// with every kind of write. After each one, the counts must equal count(*) over the live bookings, read
// in the same statement so both see the same snapshot.

describeEachDatabase("live bookings per status", (getDb) => {
  let admin: Actor;
  let staff: Actor;

  beforeAll(async () => {
    ({ admin, staff } = await createTeam(getDb()));
    await seedDemoData(getDb(), { bookings: 240, seed: 20261203, now: new Date("2026-12-01T08:00:00Z") });
  }, 120_000);

  async function countsAndTruth() {
    return queryRows<{ status: string; counted: number; truth: number }>(
      getDb(),
      sql`select s.status::text, coalesce(c.n, 0)::int as counted, coalesce(t.n, 0)::int as truth
          from unnest(enum_range(null::booking_status)) as s(status)
          left join (select status, sum(bookings) as n from booking_status_counts group by status) c using (status)
          left join (select status, count(*) as n from bookings where deleted_at is null group by status) t
            using (status)
          order by s.status`,
    );
  }

  async function expectCountsExact() {
    const rows = await countsAndTruth();
    expect(rows.map(({ status, counted }) => ({ status, n: counted }))).toEqual(
      rows.map(({ status, truth }) => ({ status, n: truth })),
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.truth]));
  }

  const newBooking = async () => (await createBooking({ db: getDb(), body: bookingBody(), source: "api" })).reference;

  it("counts the seeded bookings, and what the table shows is those counts", async () => {
    const counts = await expectCountsExact();
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(200);
    const table = await findBookingsTable({
      db: getDb(),
      actor: staff,
      query: parseBookingTableQuery(new URLSearchParams("view=all")),
    });
    for (const [status, n] of Object.entries(counts)) {
      expect(table.statusCounts[status as keyof typeof table.statusCounts]).toEqual({ total: n, exact: true });
      expect(table.summary.byStatus[status as keyof typeof table.summary.byStatus].count).toEqual({
        total: n,
        exact: true,
      });
    }
    const pending = await findBookings({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ status: "pending,confirmed" }),
    });
    expect(pending).toMatchObject({ total: counts.pending! + counts.confirmed!, totalIsExact: true });
  });

  it("stays exact through intake, one at a time and ten at once", async () => {
    await newBooking();
    await Promise.all(Array.from({ length: 10 }, () => newBooking()));
    await expectCountsExact();
  });

  it("stays exact through status changes, one and in bulk", async () => {
    const references = await Promise.all(Array.from({ length: 4 }, () => newBooking()));
    await changeBookingStatus({ db: getDb(), actor: staff, reference: references[0]!, input: { status: "confirmed" } });
    await bulkChangeStatus({
      db: getDb(),
      actor: staff,
      references: references.slice(1),
      input: { status: "cancelled", notifyCustomer: false },
    });
    await getDb().execute(sql`update bookings set status = 'in_progress' where status = 'confirmed'`);
    await expectCountsExact();
  });

  it("stays exact when a booking is deleted, restored and purged", async () => {
    const [kept, purged] = [await newBooking(), await newBooking()];
    await deleteBooking({ db: getDb(), actor: admin, reference: kept });
    await deleteBooking({ db: getDb(), actor: admin, reference: purged });
    await expectCountsExact();
    await restoreBooking({ db: getDb(), actor: admin, reference: kept });
    await purgeBooking({ db: getDb(), actor: admin, reference: purged });
    await expectCountsExact();
  });

  it("keeps nothing when a write is rolled back, and starts again from empty after a truncate", async () => {
    await expect(
      getDb().transaction(async (tx) => {
        await tx.execute(sql`update bookings set status = 'completed' where status = 'pending'`);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expectCountsExact();
    await getDb().execute(sql`truncate bookings cascade`);
    expect(await expectCountsExact()).toEqual(Object.fromEntries((await countsAndTruth()).map((r) => [r.status, 0])));
    await newBooking();
    await expectCountsExact();
  });
});
