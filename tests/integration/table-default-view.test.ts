import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/v1/bookings/route";
import { savedViews } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import { findBookingsTable } from "@/server/bookings/find-bookings-table";
import { parseBookingTableQuery } from "@/server/bookings/parse-table-query";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { listSavedViews } from "@/server/saved-views/list-saved-views";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { TEST_ORIGIN } from "../support/session";
import { createTeam, type Member } from "../support/team";

// The /admin page opens on the active bookings (not completed or cancelled) and names the other views in
// its links; GET /api/v1/bookings keeps answering every status by default (integrations rely on it); and
// the views people saved while the table opened on every status keep showing every status.

const NOW = new Date("2026-11-20T08:00:00Z");
const ACTIVE = "status in ('pending', 'confirmed', 'in_progress', 'flight_booked')";

beforeAll(() => {
  process.env.APP_URL = TEST_ORIGIN;
});

describeEachDatabase("the bookings table's default view", (getDb) => {
  routesUseDatabase(getDb);
  let admin: Member;
  let staff: Member;

  beforeAll(async () => {
    const db = getDb();
    await seedDemoData(db, { bookings: 200, seed: 20261203, now: NOW });
    ({ admin, staff } = await createTeam(db));
    await db.execute(sql`update bookings set deleted_at = now() where get_byte(decode(md5(id::text), 'hex'), 1) < 20`);
  }, 120_000);

  const countStar = async (where: string) =>
    (await queryRows<{ n: number }>(getDb(), sql.raw(`select count(*)::int as n from bookings where ${where}`)))[0]!.n;
  const table = async (url: string, actor: Member = staff) =>
    (await findBookingsTable({ db: getDb(), actor, query: parseBookingTableQuery(new URLSearchParams(url)), now: NOW }))
      .page;

  it("opens /admin on the active bookings, with every status, one status and deleted ones a link away", async () => {
    const active = await table("");
    expect(active.total).toBe(await countStar(`deleted_at is null and ${ACTIVE}`));
    expect(active.total).toBeLessThan(await countStar("deleted_at is null"));
    expect(new Set(active.items.map((item) => item.status))).not.toContain("completed");
    expect((await table("view=all")).total).toBe(await countStar("deleted_at is null"));
    expect((await table("status=completed")).total).toBe(
      await countStar("deleted_at is null and status = 'completed'"),
    );
    expect((await table("deleted=true", admin)).total).toBe(await countStar("deleted_at is not null"));
  });

  it("leaves the API's default alone: GET /api/v1/bookings without a status answers every status", async () => {
    const cookie = await staff.sessionCookie();
    const response = await listGet(new Request(`${TEST_ORIGIN}/api/v1/bookings`, { headers: { cookie } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ total: await countStar("deleted_at is null"), totalIsExact: true });
    // The page's own parameter is not the API's: ignored there, as any unknown parameter is.
    const withView = await listGet(new Request(`${TEST_ORIGIN}/api/v1/bookings?view=active`, { headers: { cookie } }));
    expect(await withView.json()).toMatchObject({ total: await countStar("deleted_at is null") });
  });

  it("saves the default view as the bare table and every status as view=all", async () => {
    const save = (name: string, query: string) =>
      createSavedView({ db: getDb(), actor: staff, input: { name, query } }).then((view) => view.query);
    expect(await save("Working day", "")).toBe("");
    expect(await save("Working day again", "status=pending,confirmed,in_progress,flight_booked&sort=travelDate")).toBe(
      "sort=travelDate",
    );
    expect(await save("Everything from Iceland", "origin=is&view=all&columns=status")).toBe(
      "origin=IS&view=all&columns=reference%2Cstatus",
    );
  });

  it("keeps the views saved before this default on every status (migration 0013), and runs safely twice", async () => {
    const db = getDb();
    const before = {
      empty: "",
      search: "q=luna&sort=travelDate",
      columns: "origin=AE&columns=reference%2Cstatus",
      onlyColumns: "columns=reference%2Ccustomer",
      status: "status=completed",
      deleted: "deleted=true",
    };
    const ids = Object.fromEntries(
      await Promise.all(
        Object.entries(before).map(async ([name, query]) => {
          const [row] = await db
            .insert(savedViews)
            .values({ ownerId: admin.id, name: `legacy ${name}`, query })
            .returning({ id: savedViews.id });
          return [name, row!.id] as const;
        }),
      ),
    );
    const migration = await readFile(
      path.resolve(import.meta.dirname, "../../src/db/migrations/0013_saved-views-name-every-status.sql"),
      "utf8",
    );
    await db.execute(sql.raw(migration));
    await db.execute(sql.raw(migration));
    const after = async (name: keyof typeof before) =>
      (await db.select({ query: savedViews.query }).from(savedViews).where(eq(savedViews.id, ids[name]!)))[0]!.query;
    expect(await after("empty")).toBe("view=all");
    expect(await after("search")).toBe("q=luna&sort=travelDate&view=all");
    expect(await after("columns")).toBe("origin=AE&view=all&columns=reference%2Cstatus");
    expect(await after("onlyColumns")).toBe("view=all&columns=reference%2Ccustomer");
    expect(await after("status")).toBe("status=completed");
    expect(await after("deleted")).toBe("deleted=true");

    // Opened from the menu, the old "everything" view still shows every status.
    const opened = (await listSavedViews({ db, actor: admin })).find((view) => view.name === "legacy empty")!;
    expect((await table(opened.query, admin)).total).toBe(await countStar("deleted_at is null"));
  });
});
