import "server-only";

// How many bookings a view holds: one statement per set of counts, exact as far as an index answers
// cheaply (booking-count-limits.ts), and past that an estimate from a sample of the table's pages that
// applies the view's own conditions, labelled as such. (The planner's row guess, used before, was off by
// up to 2.5×: "about 15,104" for 37,655 pending.) Each count goes in up to three steps, each run only
// when needed:
//   1. counted up to QUICK_COUNT_LIMIT on its index: most views stop here, exact, in well under a ms (a
//      short travel window, countedExactlyAtOnce, is counted up to its limit here and skips step 3);
//   2. one sample of SAMPLE_PAGES pages estimates every count that went past it, in a single pass;
//   3. a count the estimate puts within reach of its limit is counted exactly up to that limit (on a
//      table smaller than the limit, straight away: nothing there can pass it).
// Live bookings narrowed by status alone are not counted at all: booking_status_counts has them, exact
// (read by the same statement when it counts something else too).
// A fragment search counts once instead: one capped scan of the search, split per count (each trigram
// candidate must be rechecked in the table, so six statuses counted apart cost six searches).
import { sql, type SQL } from "drizzle-orm";
import { queryRows, readTogether, selectTogether, togetherSql, type Together } from "../sql";
import type { Executor } from "../types";
import type { ListCount } from "@/contracts/list-page";
import type { BookingStatus } from "@/lib/enum-values";
import { countedExactlyAtOnce, exactCountLimit, QUICK_COUNT_LIMIT } from "./booking-count-limits";
import { narrowingClause, usesTrigramSearch, whereClause, type ListFilterSql } from "./booking-list";
import {
  answeredByStatusCounts,
  liveStatusCountsSql,
  readLiveStatusCounts,
  sumStatusCounts,
  toLiveStatusCounts,
  type LiveStatusCounts,
} from "./booking-status-counts";

export type { ListCount };
export { EXACT_COUNT_LIMIT, SEARCH_EXACT_COUNT_LIMIT } from "./booking-count-limits";

// Step 3 runs when the estimate is below this many times the limit: far enough that a sampling error
// does not skip a count that would have been exact, near enough not to count what will pass the limit.
const COUNT_WHEN_ESTIMATE_BELOW = 1.5;
// The sample reads this many pages (about 15,000 bookings) whatever the table's size: at a million
// bookings a search in 1% of them has ~150 matches in it (±8%), and its LIKE on every sampled row costs
// a few ms. A smaller table is read whole, and then the sample's count is the count.
const SAMPLE_PAGES = 500;

/** What a view adds to its base per count (a status, a travel window); `{}` counts the base itself. */
export type Narrowing = Partial<ListFilterSql>;

type Count = { condition: SQL; quick: number; limit: number };
const column = (prefix: string, i: number) => sql.raw(`${prefix}${i}`);
const list = (counts: Count[], part: (count: Count, i: number) => SQL) => sql.join(counts.map(part), sql`, `);

// The table's pages today, the share of them sampled, and its rows now: rows per page as of the last
// ANALYZE (autovacuum keeps it fresh) times its pages today, the planner's own scaling.
const tableSize = sql`select pages, least(100, 100.0 * ${SAMPLE_PAGES} / greatest(pages, 1))::float8 as percent,
    case when relpages > 0 and reltuples > 0 then reltuples / relpages * pages end as rows_now
  from (select relpages, reltuples, pg_relation_size(oid) / current_setting('block_size')::int as pages
        from pg_class where oid = 'bookings'::regclass) c`;
// The share of sampled rows that match, scaled to the table's rows now, rather than matches × 100 /
// percent: pages hold very different numbers of live rows (updates leave space behind).
const scaled = (i: number) => sql`case when size.percent >= 100 then ${column("s", i)}::float8
    else ${column("s", i)}::float8 / nullif(sampled_rows, 0)
      * coalesce(size.rows_now, sampled_rows * 100.0 / size.percent) end`;

/** A narrowing's statuses within its base's: those both name, either's when the other names none. */
function statusesWithin(base: ListFilterSql, narrowing: Narrowing): readonly BookingStatus[] | "all" {
  if (!narrowing.status?.length) return base.status?.length ? base.status : "all";
  if (!base.status?.length) return narrowing.status;
  return narrowing.status.filter((status) => base.status!.includes(status));
}

/**
 * Counts each narrowing of one base view: from the status counts where the live bookings narrowed by
 * status alone answer it, the rest in a single statement (see the top of this file). `exactLimit`
 * overrides the limit every count up to which the statement is exact.
 */
export async function countBookingsEach(
  db: Executor,
  base: ListFilterSql,
  narrowings: Narrowing[],
  exactLimit?: number,
): Promise<ListCount[]> {
  return (await countBookingsEachWith(db, base, narrowings, { exactLimit })).counts;
}

/**
 * countBookingsEach, with small reads of a page (`alongside`, see togetherSql) riding along in the same
 * statement rather than taking round trips of their own; `together` is what they read.
 */
export async function countBookingsEachWith(
  db: Executor,
  base: ListFilterSql,
  narrowings: Narrowing[],
  { exactLimit, alongside }: { exactLimit?: number; alongside?: Together },
): Promise<{ counts: ListCount[]; together?: unknown }> {
  const byStatus = (narrowing: Narrowing) =>
    answeredByStatusCounts(base) && answeredByStatusCounts({ ...narrowing, deleted: false, viewerId: base.viewerId });
  const counted = narrowings.filter((narrowing) => !byStatus(narrowing));
  const needsStatusCounts = counted.length < narrowings.length;
  // Both kinds: the statement that counts reads the status counts too (one round trip, one snapshot).
  const {
    counts: statementCounts,
    statusCounts,
    together,
  } = counted.length
    ? await countInOneStatement(db, base, counted, { exactLimit, withStatusCounts: needsStatusCounts, alongside })
    : await readStatusCountsWith(db, needsStatusCounts, alongside);
  let next = 0;
  const counts = narrowings.map((narrowing) =>
    statusCounts && byStatus(narrowing)
      ? { total: sumStatusCounts(statusCounts, statusesWithin(base, narrowing)), exact: true }
      : statementCounts[next++]!,
  );
  return { counts, together };
}

/** When nothing needs counting: the status counts (if needed) and the reads alongside, in one statement. */
async function readStatusCountsWith(
  db: Executor,
  needsStatusCounts: boolean,
  alongside: Together | undefined,
): Promise<{ counts: ListCount[]; statusCounts?: LiveStatusCounts; together?: unknown }> {
  if (!alongside) return { counts: [], statusCounts: needsStatusCounts ? await readLiveStatusCounts(db) : undefined };
  const { statusCounts, together } = await selectTogether<{ statusCounts: unknown; together: unknown }>(db, {
    statusCounts: needsStatusCounts ? sql`select ${liveStatusCountsSql}` : sql`select null`,
    together: sql`select ${togetherSql(alongside)}`,
  });
  return { counts: [], statusCounts: needsStatusCounts ? toLiveStatusCounts(statusCounts) : undefined, together };
}

async function countInOneStatement(
  db: Executor,
  base: ListFilterSql,
  narrowings: Narrowing[],
  { exactLimit, withStatusCounts, alongside }: { exactLimit?: number; withStatusCounts: boolean; alongside?: Together },
): Promise<{ counts: ListCount[]; statusCounts?: LiveStatusCounts; together?: unknown }> {
  const where = whereClause(base);
  const scanOnce = usesTrigramSearch(base);
  const counts: Count[] = narrowings.map((narrowing) => {
    const filters = { ...base, ...narrowing };
    const limit = exactLimit ?? exactCountLimit(filters);
    return {
      condition: narrowingClause(narrowing, base.viewerId),
      quick: scanOnce || countedExactlyAtOnce(filters) ? limit : Math.min(QUICK_COUNT_LIMIT, limit),
      limit,
    };
  });
  const capped = (condition: SQL, limit: number) =>
    sql`(select count(*)::int from (select 1 from bookings b where ${where} and ${condition} limit ${limit + 1}) m)`;
  // Each count's own conditions as one boolean column per row, so that the view's conditions are met once
  // per row and nothing else of the row is read.
  const narrowed = list(counts, (c, i) => sql`(${c.condition}) as ${column("n", i)}`);
  const tally = (prefix: string, only?: SQL) =>
    list(
      counts,
      (_, i) =>
        sql`count(*) filter (where ${only ? sql`${only} and ` : sql``}${column("n", i)})::int as ${column(prefix, i)}`,
    );
  // A fragment search has one limit for all: the base view's.
  const quick = scanOnce
    ? sql`select count(*)::int as total, ${tally("k")}
        from (select ${narrowed} from bookings b where ${where} limit ${counts[0]!.limit + 1}) b`
    : sql`select ${list(counts, (c, i) => sql`${capped(c.condition, c.quick)} as ${column("k", i)}`)}`;
  const passedQuick = (c: Count, i: number) =>
    scanOnce ? sql`quick.total > ${c.limit}` : sql`quick.${column("k", i)} > ${c.quick}`;
  // Step 3 without a sample: the whole table has fewer rows than the limit.
  const smallTable = (c: Count) => sql`coalesce(size.rows_now < ${c.limit}, false)`;
  const needsSample = sql.join(
    counts.map((c, i) => sql`(${passedQuick(c, i)} and ${c.limit > c.quick ? sql`not ${smallTable(c)}` : sql`true`})`),
    sql` or `,
  );
  const countOnIndex = (c: Count, i: number) =>
    c.limit > c.quick
      ? sql`case when ${passedQuick(c, i)} and (${smallTable(c)} or (size.percent < 100
            and estimated.${column("e", i)} < ${COUNT_WHEN_ESTIMATE_BELOW * c.limit}))
          then ${capped(c.condition, c.limit)} end as ${column("c", i)}`
      : sql`null::int as ${column("c", i)}`;
  // In the sample, `offset 0` keeps the per-row columns from being inlined into each count (which would
  // repeat the view's LIKE per count); a one-time filter skips it when no count needs it.
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`with quick as materialized (${quick}),
      size as materialized (${tableSize}),
      sampled as materialized (
        select count(*)::int as sampled_rows, ${tally("s", sql`b.matched`)}
        from (select (${where}) as matched, ${narrowed}
              from bookings b tablesample system ((select percent from size)) repeatable (0)
              where (select ${needsSample} from quick, size) offset 0) b
      ), estimated as materialized (
        select sampled_rows, ${list(counts, (_, i) => sql`${scaled(i)} as ${column("e", i)}`)} from sampled, size
      )
      select quick.*, estimated.*, size.percent, ${list(counts, countOnIndex)}
        ${withStatusCounts ? sql`, ${liveStatusCountsSql} as status_counts` : sql``}
        ${alongside ? sql`, ${togetherSql(alongside)} as together` : sql``}
      from quick, size, estimated`,
  );
  const value = (name: string) => (row?.[name] == null ? null : Number(row[name]));
  const sampled = (value("sampled_rows") ?? 0) > 0;
  const overall = scanOnce ? (value("total") ?? 0) : undefined;
  return {
    counts: counts.map((count, i) =>
      toListCount(count, {
        quick: value(`k${i}`) ?? 0,
        estimate: sampled ? value(`e${i}`) : null,
        exact: value(`c${i}`),
        wholeTable: (value("percent") ?? 100) >= 100,
        overall,
      }),
    ),
    statusCounts: withStatusCounts ? toLiveStatusCounts(row?.status_counts) : undefined,
    together: alongside ? readTogether(row?.together) : undefined,
  };
}

function toListCount(
  { quick: quickLimit, limit }: Count,
  found: { quick: number; estimate: number | null; exact: number | null; wholeTable: boolean; overall?: number },
): ListCount {
  const { quick, estimate, exact, wholeTable, overall } = found;
  if ((overall ?? quick) <= quickLimit) return { total: quick, exact: true };
  if (exact !== null && exact <= limit) return { total: exact, exact: true };
  // The sample read every page: its count is the count, still labelled past the limit as the API promises.
  if (wholeTable && estimate !== null) return { total: estimate, exact: estimate <= limit };
  // Never below what is known: past the limit when step 3 counted that far, else what step 1 saw.
  const known = exact !== null ? limit + 1 : overall !== undefined ? quick : quickLimit + 1;
  return { total: Math.max(Math.round(estimate ?? 0), known), exact: false };
}

/** How many bookings one view holds (see countBookingsEach). */
export async function countBookings(db: Executor, filters: ListFilterSql, exactLimit?: number): Promise<ListCount> {
  const [count] = await countBookingsEach(db, filters, [{}], exactLimit);
  return count!;
}
