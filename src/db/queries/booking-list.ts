import "server-only";

// The bookings table's SQL, shared by the page, GET /api/v1/bookings and the CSV export so that
// they can never disagree about which bookings a view holds or in what order.
//
// Shape (GUIDE part 3): page the booking ids with the filters and the sort on `bookings` alone,
// then decorate only those ids with the customer, pets and assignee, in one statement. The counts
// are in booking-counts.ts.
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "../sql";
import type { Executor } from "../types";
import { isReferencePrefix } from "@/contracts/bookings/booking-reference";
import { brand } from "@/config/brand";
import type { BookingFilterName } from "@/contracts/bookings/list-filters";
import type { BookingListFilters } from "@/contracts/bookings/list-query";
import { nextIsoDate, startOfDayIn } from "@/lib/dates";
import { exactSearchValue, normalizeForSearch, type ExactSearchValue } from "@/lib/search-text";

/**
 * The list's filters as parsed from the URL (src/contracts/bookings/list-filters.ts), and who "me" is.
 * `exactSearch`: the search is one exact value found in this view (set by withExactSearch).
 */
export type ListFilterSql = Partial<BookingListFilters> & {
  deleted: boolean;
  viewerId?: string;
  exactSearch?: boolean;
};

export type ListSortSql = {
  field: "reference" | "createdAt" | "updatedAt" | "travelDate" | "customerName" | "status";
  direction: "asc" | "desc";
};

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

/** Whether a word of the search goes through the trigram index (reference prefixes and exact values do not). */
export function usesTrigramSearch(filters: ListFilterSql): boolean {
  return (
    filters.q !== undefined && !filters.exactSearch && searchTerms(filters.q).some((term) => !isReferencePrefix(term))
  );
}

/** An exact value on its own index: pets by microchip, customers by lower(email) and by their numbers' digits. */
function exactValueCondition(value: ExactSearchValue): SQL {
  switch (value.kind) {
    case "microchip":
      return sql`b.id in (select p.booking_id from pets p where p.microchip = ${value.microchip})`;
    case "email":
      return sql`b.customer_id in (select c.id from customers c where lower(c.email) = lower(${value.email}))`;
    case "phone":
      // The same expressions as customers_phone_digits_idx and customers_whatsapp_digits_idx.
      return sql`b.customer_id in (select c.id from customers c
        where regexp_replace(c.phone, '[^0-9]', '', 'g') = ${value.digits}
           or regexp_replace(c.whatsapp, '[^0-9]', '', 'g') = ${value.digits})`;
  }
}

function searchConditions({ q, exactSearch }: ListFilterSql): SQL[] {
  if (!q) return [];
  const exact = exactSearch ? exactSearchValue(q) : undefined;
  if (exact) return [exactValueCondition(exact)];
  // One LIKE per word on the one search column: its trigram index serves them all.
  return searchTerms(q).map((term) =>
    isReferencePrefix(term)
      ? sql`b.reference like ${`${term.toUpperCase()}%`}`
      : sql`b.search_text like ${`%${escapeLike(term)}%`}`,
  );
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
  q: searchConditions,
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

function conditionsOf(filters: ListFilterSql, names: BookingFilterName[]): SQL[] {
  return names.flatMap((name) => FILTER_CONDITIONS[name](filters).filter((condition) => condition !== undefined));
}

const FILTER_NAMES = Object.keys(FILTER_CONDITIONS) as BookingFilterName[];

/** Whether any filter but the named ones adds a condition. */
export function filteredBeside(filters: ListFilterSql, names: BookingFilterName[]): boolean {
  return (
    conditionsOf(
      filters,
      FILTER_NAMES.filter((name) => !names.includes(name)),
    ).length > 0
  );
}

export function whereClause(filters: ListFilterSql): SQL {
  return sql.join(conditionsOf(filters, FILTER_NAMES), sql` and `);
}

/** The conditions a narrower view adds to its base (say, one status): the base's scope stays the base's. */
export function narrowingClause(narrower: Partial<ListFilterSql>, viewerId?: string): SQL {
  const conditions = conditionsOf(
    { ...narrower, deleted: false, viewerId },
    FILTER_NAMES.filter((name) => name !== "deleted"),
  );
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/**
 * A search that is one exact value (microchip, email, phone) is looked up on that value's index; when
 * nothing in the view has it, the view searches it as fragments like any other text. One cheap statement,
 * only for searches of that shape.
 */
export async function withExactSearch(db: Executor, filters: ListFilterSql): Promise<ListFilterSql> {
  if (!filters.q || !exactSearchValue(filters.q)) return filters;
  const exact = { ...filters, exactSearch: true };
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from bookings b where ${whereClause(exact)}) as found`,
  );
  return row?.found ? exact : { ...filters, exactSearch: false };
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

/**
 * One page of the table in one round trip: the inner select pages the ids on `bookings` alone (its
 * LIMIT keeps PostgreSQL from flattening it), the outer one decorates just those and sorts the few
 * rows again by the same order, which ends in a unique key.
 */
export async function selectBookingPage(
  db: Executor,
  { filters, sort, limit, offset }: { filters: ListFilterSql; sort: ListSortSql; limit: number; offset: number },
): Promise<BookingListRow[]> {
  return queryRows<BookingListRow>(
    db,
    sql`select ${decoratedColumns}
        from (select b.id from ${fromClause(sort)} where ${whereClause(filters)}
              order by ${orderClause(sort)} limit ${limit} offset ${offset}) page
        join bookings b on b.id = page.id join customers c on c.id = b.customer_id
        left join users u on u.id = b.assignee_id
        order by ${orderClause(sort)}`,
  );
}

/** A booking as the CSV export writes it: pets, microchips and local times already text, from SQL. */
export type BookingExportRow = {
  reference: string;
  status: string;
  service_type: string;
  customer_name: string;
  customer_email: string;
  customer_phone: string;
  pets: string;
  microchips: string;
  origin_country: string;
  origin_city: string;
  destination_country: string;
  destination_city: string;
  travel_date: string;
  assignee_name: string | null;
  created_local: string;
  updated_local: string;
};

// The export's columns are text as the file shows them: PostgreSQL formats 100k rows' times and pet lists
// in C, where the list's JSON and Date objects cost ~1 s of JavaScript and garbage collection per 100k rows.
const exportColumns = (timeZone: string) => sql`
  b.reference, b.status, b.service_type,
  c.full_name as customer_name, c.email as customer_email, c.phone as customer_phone,
  coalesce(pl.pets, '') as pets, coalesce(pl.microchips, '') as microchips,
  b.origin_country, b.origin_city, b.destination_country, b.destination_city, b.travel_date::text as travel_date,
  u.name as assignee_name,
  to_char(b.created_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as created_local,
  to_char(b.updated_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as updated_local`;

const petLists = sql`left join lateral (
    select string_agg(p.name || ' (' || p.species || ')', '; ' order by p.position) as pets,
           string_agg(nullif(p.microchip, ''), '; ' order by p.position) as microchips
    from pets p where p.booking_id = b.id) pl on true`;

/**
 * Every matching row in list order, in batches, through a server-side cursor: the export holds
 * one batch in memory at a time (and the next one in flight). Runs inside the caller's transaction
 * (cursors need one). Times are on `timeZone`'s wall clock.
 */
export async function* streamBookingRows(
  tx: Executor,
  {
    filters,
    sort,
    timeZone,
    batchSize = 500,
  }: { filters: ListFilterSql; sort: ListSortSql; timeZone: string; batchSize?: number },
): AsyncGenerator<BookingExportRow[]> {
  const cursor = sql.raw(`booking_export_${Math.random().toString(36).slice(2, 10)}`);
  await tx.execute(sql`declare ${cursor} no scroll cursor for
    select ${exportColumns(timeZone)}
    from ${fromClause(sort)} ${sort.field === "customerName" ? sql`` : sql`join customers c on c.id = b.customer_id`}
    left join users u on u.id = b.assignee_id
    ${petLists}
    where ${whereClause(filters)} order by ${orderClause(sort)}`);
  const fetchBatch = () => queryRows<BookingExportRow>(tx, sql`fetch ${sql.raw(String(batchSize))} from ${cursor}`);
  // The next batch is fetched while the caller writes this one: the database and the CSV overlap.
  let next: Promise<BookingExportRow[]> | undefined = fetchBatch();
  try {
    while (next) {
      const rows: BookingExportRow[] = await next;
      next = rows.length === batchSize ? fetchBatch() : undefined;
      if (rows.length > 0) yield rows;
    }
  } finally {
    await next?.catch(() => undefined);
    await tx.execute(sql`close ${cursor}`).catch(() => undefined);
  }
}
