import "server-only";

// The bookings table's SQL, shared by the page, GET /api/v1/bookings and the CSV export so that
// they can never disagree about which bookings a view holds or in what order.
//
// Shape (GUIDE part 3): page the booking ids with the filters and the sort on `bookings` alone,
// then decorate only those ids with the customer, pets and assignee. Counts stop at a cap and
// fall back to the planner's estimate past it, so a count is never slower than the page.
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "../sql";
import type { Executor } from "../types";
import { isReferencePrefix } from "@/contracts/bookings/booking-reference";
import { brand } from "@/config/brand";
import type { BookingFilterName } from "@/contracts/bookings/list-filters";
import type { BookingListFilters } from "@/contracts/bookings/list-query";
import type { ListCount } from "@/contracts/list-page";
import { nextIsoDate, startOfDayIn } from "@/lib/dates";
import { normalizeForSearch } from "@/lib/search-text";

export type { ListCount };

/** The list's filters as parsed from the URL (src/contracts/bookings/list-filters.ts), and who "me" is. */
export type ListFilterSql = Partial<BookingListFilters> & { deleted: boolean; viewerId?: string };

export type ListSortSql = {
  field: "reference" | "createdAt" | "updatedAt" | "travelDate" | "customerName" | "status";
  direction: "asc" | "desc";
};

/** Counted exactly up to this many matches; past it, the planner's estimate (labelled as such). */
export const EXACT_COUNT_LIMIT = 10_000;
// A search match must be rechecked in the table row by row (trigram index hits are candidates), so
// counting 10,000 of them took 25–70 ms at a million bookings against a 2–5 ms page.
export const SEARCH_EXACT_COUNT_LIMIT = 1_000;

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Search words: every one must appear somewhere in the booking's search text. */
export function searchTerms(q: string): string[] {
  return normalizeForSearch(q).split(/\s+/).filter(Boolean);
}

// A word that starts a reference is matched on the reference's own index: through the trigram index it
// took 50–100 ms at a million bookings.
export { isReferencePrefix };

/** Whether a word of the search goes through the trigram index (reference prefixes do not). */
function usesTrigramSearch(filters: ListFilterSql): boolean {
  return filters.q !== undefined && searchTerms(filters.q).some((term) => !isReferencePrefix(term));
}

/** An instant as a timestamptz parameter. */
const instant = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * Each declared filter's conditions, in the order the statement has always had them (a new filter's
 * go last, so existing views keep their statements). Keyed by every filter of the descriptor list:
 * a filter declared without its SQL does not compile.
 */
const FILTER_CONDITIONS: { [Name in BookingFilterName]: (filters: ListFilterSql) => (SQL | undefined)[] } = {
  deleted: ({ deleted }) => [deleted ? sql`b.deleted_at is not null` : sql`b.deleted_at is null`],
  // One LIKE per word on the one search column: its trigram index serves them all.
  q: ({ q }) =>
    (q ? searchTerms(q) : []).map((term) =>
      isReferencePrefix(term)
        ? sql`b.reference like ${`${term.toUpperCase()}%`}`
        : sql`b.search_text like ${`%${escapeLike(term)}%`}`,
    ),
  status: ({ status }) => [
    status?.length
      ? sql`b.status in (${sql.join(
          status.map((s) => sql`${s}::booking_status`),
          sql`, `,
        )})`
      : undefined,
  ],
  service: ({ service }) => [
    service?.length
      ? sql`b.service_type in (${sql.join(
          service.map((s) => sql`${s}::service_type`),
          sql`, `,
        )})`
      : undefined,
  ],
  // Days in the company's time zone: "created on 1 November" is Dubai's 1 November.
  created: ({ createdFrom, createdTo }) => [
    createdFrom ? sql`b.created_at >= ${instant(startOfDayIn(brand.timeZone, createdFrom))}` : undefined,
    createdTo ? sql`b.created_at < ${instant(startOfDayIn(brand.timeZone, nextIsoDate(createdTo)))}` : undefined,
  ],
  travel: ({ travelFrom, travelTo }) => [
    travelFrom ? sql`b.travel_date >= ${travelFrom}::date` : undefined,
    travelTo ? sql`b.travel_date <= ${travelTo}::date` : undefined,
  ],
  assignee: ({ assignee, viewerId }) => {
    if (assignee === undefined) return [];
    if (assignee === "unassigned") return [sql`b.assignee_id is null`];
    if (assignee === "me" && viewerId === undefined) throw new Error('assignee "me" needs the viewer\'s id');
    return [sql`b.assignee_id = ${assignee === "me" ? viewerId : assignee}::uuid`];
  },
  origin: ({ origin }) => [origin ? sql`b.origin_country = ${origin}` : undefined],
  destination: ({ destination }) => [destination ? sql`b.destination_country = ${destination}` : undefined],
};

function whereClause(filters: ListFilterSql): SQL {
  const conditions = Object.values(FILTER_CONDITIONS).flatMap((conditionsOf) =>
    conditionsOf(filters).filter((condition) => condition !== undefined),
  );
  return sql.join(conditions, sql` and `);
}

/**
 * Every order ends in a unique key, so pages never overlap or skip rows. Within a status or a
 * customer, newest first (the ordering ops read most); each order matches an index (bookings.ts).
 */
function orderClause(sort: ListSortSql): SQL {
  const dir = sort.direction === "desc" ? sql.raw("desc") : sql.raw("asc");
  switch (sort.field) {
    case "reference":
      return sql`b.reference ${dir}`;
    case "createdAt":
      return sql`b.created_at ${dir}, b.id ${dir}`;
    case "updatedAt":
      return sql`b.updated_at ${dir}, b.id ${dir}`;
    case "travelDate":
      return sql`b.travel_date ${dir}, b.id ${dir}`;
    case "customerName":
      return sql`c.full_name ${dir}, c.id ${dir}, b.created_at desc, b.id desc`;
    case "status":
      return sql`b.status ${dir}, b.created_at desc, b.id desc`;
  }
}

/** The FROM clause: the customer join only when the order needs the customer's name. */
function fromClause(sort: ListSortSql): SQL {
  return sort.field === "customerName" ? sql`bookings b join customers c on c.id = b.customer_id` : sql`bookings b`;
}

/** The ids of one page, in order. */
export async function selectBookingPageIds(
  db: Executor,
  { filters, sort, limit, offset }: { filters: ListFilterSql; sort: ListSortSql; limit: number; offset: number },
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select b.id from ${fromClause(sort)} where ${whereClause(filters)} order by ${orderClause(sort)} limit ${limit} offset ${offset}`,
  );
  return rows.map((row) => row.id);
}

/** Exact up to the limit (lower when searching), otherwise the planner's estimate (never below the limit). */
export async function countBookings(
  db: Executor,
  filters: ListFilterSql,
  exactLimit = usesTrigramSearch(filters) ? SEARCH_EXACT_COUNT_LIMIT : EXACT_COUNT_LIMIT,
): Promise<ListCount> {
  const where = whereClause(filters);
  const [capped] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from (select 1 from bookings b where ${where} limit ${exactLimit + 1}) matched`,
  );
  const count = capped?.count ?? 0;
  if (count <= exactLimit) return { total: count, exact: true };
  const [plan] = await queryRows<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
    db,
    sql`explain (format json) select 1 from bookings b where ${where}`,
  );
  const estimate = Math.round(plan?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
  return { total: Math.max(estimate, exactLimit + 1), exact: false };
}

export type BookingListRow = {
  id: string;
  reference: string;
  status: string;
  service_type: string;
  origin_country: string;
  origin_city: string;
  destination_country: string;
  destination_city: string;
  travel_date: string;
  created_at: Date | string;
  updated_at: Date | string;
  deleted_at: Date | string | null;
  version: number;
  customer_name: string;
  customer_email: string;
  customer_phone: string;
  pets: { name: string; species: string; microchip: string | null }[] | string;
  assignee_id: string | null;
  assignee_name: string | null;
};

const decoratedColumns = sql`
  b.id, b.reference, b.status, b.service_type, b.origin_country, b.origin_city, b.destination_country,
  b.destination_city, b.travel_date::text as travel_date, b.created_at, b.updated_at, b.deleted_at, b.version,
  c.full_name as customer_name, c.email as customer_email, c.phone as customer_phone,
  (select coalesce(json_agg(json_build_object('name', p.name, 'species', p.species, 'microchip', p.microchip) order by p.position), '[]')
     from pets p where p.booking_id = b.id) as pets,
  b.assignee_id, u.name as assignee_name`;

/** The table's columns for the given ids, in the order of the ids. */
export async function selectBookingRows(db: Executor, ids: string[]): Promise<BookingListRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<BookingListRow>(
    db,
    sql`select ${decoratedColumns}
        from bookings b join customers c on c.id = b.customer_id left join users u on u.id = b.assignee_id
        where b.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
  const position = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/**
 * Every matching row in list order, in batches, through a server-side cursor: the export holds
 * one batch in memory at a time. Runs inside the caller's transaction (cursors need one).
 */
export async function* streamBookingRows(
  tx: Executor,
  { filters, sort, batchSize = 500 }: { filters: ListFilterSql; sort: ListSortSql; batchSize?: number },
): AsyncGenerator<BookingListRow[]> {
  const cursor = sql.raw(`booking_export_${Math.random().toString(36).slice(2, 10)}`);
  await tx.execute(sql`declare ${cursor} no scroll cursor for
    select ${decoratedColumns}
    from ${fromClause(sort)} ${sort.field === "customerName" ? sql`` : sql`join customers c on c.id = b.customer_id`}
    left join users u on u.id = b.assignee_id
    where ${whereClause(filters)} order by ${orderClause(sort)}`);
  try {
    for (;;) {
      const rows = await queryRows<BookingListRow>(tx, sql`fetch ${sql.raw(String(batchSize))} from ${cursor}`);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batchSize) return;
    }
  } finally {
    await tx.execute(sql`close ${cursor}`).catch(() => undefined);
  }
}
