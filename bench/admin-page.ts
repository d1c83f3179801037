// The whole /admin page (rows, per-status counts, summary cards, saved views, team: what a person
// waits for) beside GET /api/v1/bookings for the same view, interleaved in the same run, as a ratio,
// with the SQL statements each sends, PostgreSQL's time on them, and the server's CPU per request (from
// /proc, so a busy machine slows it less than the wall time).
import type pg from "pg";
import { percentile } from "./support/percentiles";
import type { BenchServer } from "./support/server";
import { bookingListQuerySchema, listParamsOf, listQueryToParams } from "@/contracts/bookings/list-query";
import { tableViewParamSchema, VIEW_PARAM, withTableView } from "@/contracts/bookings/table-view";
import { countStatements, type StatementCount } from "./support/statements";

export type AdminPageView = { name: string; params: Record<string, string> };
export type AdminPageResult = {
  name: string;
  page: { p50: number; p95: number };
  api: { p50: number; p95: number };
  ratio: number;
  /** The server process's CPU time (user + system) per request, mean over the runs, in ms. */
  cpuMs: { page: number; api: number };
  /** One request of each, counted by pg_stat_statements (absent when the server does not load it). */
  statements?: { page: StatementCount; api: StatementCount };
};

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** The API's parameters for what the page shows at these (the page opens on the active statuses). */
function sameViewForApi(params: URLSearchParams): URLSearchParams {
  const query = bookingListQuerySchema.parse(listParamsOf(params));
  return listQueryToParams(withTableView(query, tableViewParamSchema.parse(params.get(VIEW_PARAM) ?? undefined)));
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

const statementText = (count: StatementCount) => `${count.statements} statements, ${count.databaseMs} ms in PostgreSQL`;

export async function benchAdminPage(options: {
  server: BenchServer;
  cookie: string;
  views: AdminPageView[];
  runs: number;
  /** Given when pg_stat_statements is readable: each view's statements are counted too. */
  statementsPool?: pg.Pool;
}): Promise<AdminPageResult[]> {
  const results: AdminPageResult[] = [];
  for (const view of options.views) {
    const query = new URLSearchParams(view.params).toString();
    const pageUrl = `${options.server.url}/admin${query ? `?${query}` : ""}`;
    const apiQuery = sameViewForApi(new URLSearchParams(view.params)).toString();
    const apiUrl = `${options.server.url}/api/v1/bookings${apiQuery ? `?${apiQuery}` : ""}`;
    for (let i = 0; i < 3; i++) await Promise.all([timed(pageUrl, options.cookie), timed(apiUrl, options.cookie)]);
    const page: number[] = [];
    const api: number[] = [];
    const cpu = { page: 0, api: 0 };
    const cpuOf = async (side: keyof typeof cpu, request: () => Promise<number>) => {
      const before = options.server.cpuMs();
      const ms = await request();
      // Whole clock ticks (10 ms) at each reading: the mean over the runs is what is reported.
      cpu[side] += options.server.cpuMs() - before;
      return ms;
    };
    // Interleaved, so a burst of load from elsewhere on the machine falls on both alike.
    for (let i = 0; i < options.runs; i++) {
      page.push(await cpuOf("page", () => timed(pageUrl, options.cookie)));
      api.push(await cpuOf("api", () => timed(apiUrl, options.cookie)));
    }
    const pool = options.statementsPool;
    const result: AdminPageResult = {
      name: view.name,
      page: { p50: percentile(page, 50), p95: percentile(page, 95) },
      api: { p50: percentile(api, 50), p95: percentile(api, 95) },
      ratio: 0,
      cpuMs: { page: round1(cpu.page / options.runs), api: round1(cpu.api / options.runs) },
      statements: pool && {
        page: await countStatements(pool, () => timed(pageUrl, options.cookie)),
        api: await countStatements(pool, () => timed(apiUrl, options.cookie)),
      },
    };
    result.ratio = Math.round((result.page.p95 / Math.max(result.api.p95, 0.1)) * 100) / 100;
    results.push(result);
    console.log(
      `  ${view.name.padEnd(40)} /admin p50 ${String(result.page.p50).padStart(6)} p95 ${String(result.page.p95).padStart(6)} ms | API p50 ${String(result.api.p50).padStart(6)} p95 ${String(result.api.p95).padStart(6)} ms | ×${result.ratio}`,
    );
    console.log(
      `  ${"".padEnd(40)} server CPU per request: /admin ${result.cpuMs.page} ms | API ${result.cpuMs.api} ms`,
    );
    if (result.statements) {
      console.log(
        `  ${"".padEnd(40)} /admin: ${statementText(result.statements.page)} | API: ${statementText(result.statements.api)}`,
      );
    }
  }
  return results;
}
