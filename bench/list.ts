// The bookings table at scale: each view over HTTP (production build, signed in as staff) and the
// same SQL straight through node-postgres, p50/p95 of each and their ratio; then the CSV export.
import { sql } from "drizzle-orm";
import type pg from "pg";
import { countBookings } from "@/db/queries/booking-counts";
import { selectBookingPage, whereClause, withExactSearch, type ListFilterSql } from "@/db/queries/booking-list";
import { queryRows } from "@/db/sql";
import type { Database } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { toFilterSql } from "@/server/bookings/list-filters";
import { bookingListQuerySchema } from "@/contracts/bookings/list-query";
import { percentile } from "./support/percentiles";
import type { BenchServer } from "./support/server";

export type ListScenario = { name: string; params: Record<string, string> };

const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The issue's views, with search words taken from the seeded data itself. */
export async function listScenarios(pool: pg.Pool): Promise<ListScenario[]> {
  const one = async <T>(text: string) => (await pool.query(text)).rows[0] as T;
  const pet = await one<{ name: string }>("select name from pets order by id limit 1 offset 5000");
  const chip = await one<{ microchip: string }>(
    "select microchip from pets where microchip is not null order by id limit 1 offset 7000",
  );
  const customer = await one<{ full_name: string; email: string; phone: string }>(
    "select full_name, email, phone from customers order by id limit 1 offset 9000",
  );
  const reference = await one<{ reference: string }>(
    "select reference from bookings order by created_at desc limit 1 offset 1234",
  );
  const surname = customer.full_name.split(" ").at(-1)!;
  return [
    { name: "default view (newest first)", params: {} },
    { name: "filter: status pending", params: { status: "pending" } },
    { name: "filter: status completed", params: { status: "completed" } },
    { name: "filter: created in the last 30 days", params: { createdFrom: addDays(-30), createdTo: addDays(0) } },
    { name: "filter: travelling in the next 7 days", params: { travelFrom: addDays(0), travelTo: addDays(6) } },
    { name: "filter: assignee me", params: { assignee: "me" } },
    { name: "filter: unassigned", params: { assignee: "unassigned" } },
    { name: "filter: origin GB", params: { origin: "GB" } },
    { name: "filter: destination NZ", params: { destination: "NZ" } },
    { name: "filter: service domestic", params: { service: "domestic" } },
    {
      name: "three filters: active + to AE + next 30 days",
      params: {
        status: "confirmed,in_progress,flight_booked",
        destination: "AE",
        travelFrom: addDays(0),
        travelTo: addDays(30),
      },
    },
    { name: `search: pet name "${pet.name}"`, params: { q: pet.name } },
    { name: `search: customer fragment "${surname.slice(0, 5)}"`, params: { q: surname.slice(0, 5) } },
    // In about 7% of bookings: past the exact limit at any size, so its total is always the sampled estimate.
    { name: 'search: broad fragment "mar"', params: { q: "mar" } },
    {
      name: `search: reference prefix "${reference.reference.slice(0, 11)}"`,
      params: { q: reference.reference.slice(0, 11) },
    },
    { name: "search: microchip", params: { q: chip.microchip } },
    { name: "search: email", params: { q: customer.email } },
    { name: `search: phone "${customer.phone}"`, params: { q: customer.phone } },
    { name: "sort: travel date", params: { sort: "travelDate" } },
    { name: "sort: customer name", params: { sort: "customerName" } },
    { name: "sort: status, descending", params: { sort: "-status" } },
    { name: "page 2,000 of the default view", params: { page: "2000" } },
  ];
}

export type Timing = { p50: number; p95: number };
export type ListResult = {
  name: string;
  http: Timing;
  direct: Timing;
  /** HTTP p95 / SQL p95. */
  ratio: number;
  /** What HTTP, Next.js and the session add to the SQL at p50, in ms. */
  addedP50: number;
  total: number;
  exact: boolean;
  /** count(*) of the same view, and how far the answered total is from it. */
  truth: number;
  countErrorPercent: number;
};

function timing(samples: number[]): Timing {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function viewFilters(db: Database, actor: Actor, params: Record<string, string>): Promise<ListFilterSql> {
  return withExactSearch(db, toFilterSql(bookingListQuerySchema.parse(params), actor));
}

/** The true count of a view, however long it takes: what the list's total is measured against. */
async function countStar(db: Database, actor: Actor, params: Record<string, string>): Promise<number> {
  const filters = await viewFilters(db, actor, params);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from bookings b where ${whereClause(filters)}`,
  );
  return row?.n ?? 0;
}

/**
 * The list's own SQL, as findBookings sends it (an exact value's lookup first when the search is one,
 * then the page's rows and the count together), without HTTP, Next.js or the session.
 */
async function directOnce(db: Database, actor: Actor, params: Record<string, string>) {
  const query = bookingListQuerySchema.parse(params);
  const filters = await viewFilters(db, actor, params);
  const [, count] = await Promise.all([
    selectBookingPage(db, {
      filters,
      sort: query.sort,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    countBookings(db, filters),
  ]);
  return count;
}

async function sample(runs: number, once: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await once(); // warm caches and plans
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function benchList(options: {
  server: BenchServer;
  cookie: string;
  db: Database;
  actor: Actor;
  scenarios: ListScenario[];
  runs: number;
}): Promise<ListResult[]> {
  const results: ListResult[] = [];
  for (const scenario of options.scenarios) {
    const url = `${options.server.url}/api/v1/bookings?${new URLSearchParams(scenario.params)}`;
    let body: { total: number; totalIsExact: boolean } = { total: 0, totalIsExact: true };
    const http = await sample(options.runs, async () => {
      const response = await fetch(url, { headers: { cookie: options.cookie } });
      if (!response.ok) throw new Error(`${scenario.name}: HTTP ${response.status} ${await response.text()}`);
      body = (await response.json()) as typeof body;
    });
    const direct = await sample(options.runs, () => directOnce(options.db, options.actor, scenario.params));
    const truth = await countStar(options.db, options.actor, scenario.params);
    const result: ListResult = {
      name: scenario.name,
      http: timing(http),
      direct: timing(direct),
      ratio: 0,
      addedP50: 0,
      total: body.total,
      exact: body.totalIsExact,
      truth,
      countErrorPercent: truth === 0 ? 0 : Math.round(((body.total - truth) / truth) * 1000) / 10,
    };
    result.ratio = Math.round((result.http.p95 / Math.max(result.direct.p95, 0.1)) * 10) / 10;
    result.addedP50 = Math.round((result.http.p50 - result.direct.p50) * 10) / 10;
    results.push(result);
    const count = result.exact
      ? `${result.total}${result.total === truth ? "" : ` (count(*) ${truth}!)`}`
      : `about ${result.total} (count(*) ${truth}, ${result.countErrorPercent >= 0 ? "+" : ""}${result.countErrorPercent}%)`;
    console.log(
      `  ${scenario.name.padEnd(58)} HTTP p50 ${String(result.http.p50).padStart(6)} p95 ${String(result.http.p95).padStart(6)} ms | SQL p50 ${String(result.direct.p50).padStart(6)} p95 ${String(result.direct.p95).padStart(6)} ms | ×${result.ratio} | +${result.addedP50} ms at p50 | ${count}`,
    );
  }
  return results;
}
