import "server-only";

// How far each kind of view is counted exactly (booking-counts.ts counts; this says how far is cheap).
import { filteredBeside, isReferencePrefix, searchTerms, usesTrigramSearch, type ListFilterSql } from "./booking-list";

// Every count is exact up to here. Past it, only views that one index answers alone (indexOnly) and
// reference searches are counted further: the planner answers the others by reading a whole index (at a
// million bookings, "completed from GB" read the 1M-entry travel-date index to count 56k).
export const QUICK_COUNT_LIMIT = 1_000;
/** Exact up to this many where an index alone answers (an index-only count of 40k rows is a few ms at 1M). */
export const EXACT_COUNT_LIMIT = 50_000;
// A search by reference prefix alone walks its slice of the reference index, checking each booking in the
// table: bounded by the prefix, a few ms for 10,000.
const REFERENCE_COUNT_LIMIT = 10_000;
// A search match must be rechecked in the table row by row (trigram index hits are candidates), so
// counting 10,000 of them took 25–70 ms at a million bookings against a 2–5 ms page.
export const SEARCH_EXACT_COUNT_LIMIT = 1_000;

/**
 * Whether one index answers these filters without visiting the table (keep in sync with the indexes in
 * src/db/schema/bookings.ts): the created-at index alone; one of status, service, countries or assignee,
 * each indexed with created_at; or a travel window, whose index INCLUDEs those five.
 */
function indexOnly(filters: ListFilterSql): boolean {
  if (filters.q || filters.deleted) return false;
  const keyed = [
    filters.status?.length,
    filters.service?.length,
    filters.origin,
    filters.destination,
    filters.assignee,
  ].filter(Boolean).length;
  const created = Boolean(filters.createdFrom || filters.createdTo);
  return filters.travelFrom || filters.travelTo ? !created : keyed <= 1;
}

/** A search made only of reference prefixes ("PP-2026-004"), and no other filter. */
function referenceSearchOnly(filters: ListFilterSql): boolean {
  const terms = filters.q ? searchTerms(filters.q) : [];
  return (
    !filters.deleted && terms.length > 0 && terms.every(isReferencePrefix) && !filteredBeside(filters, ["deleted", "q"])
  );
}

/** How many matches of this view are counted exactly; past it the count is an estimate. */
export function exactCountLimit(filters: ListFilterSql): number {
  if (usesTrigramSearch(filters)) return SEARCH_EXACT_COUNT_LIMIT;
  if (indexOnly(filters)) return EXACT_COUNT_LIMIT;
  return referenceSearchOnly(filters) ? REFERENCE_COUNT_LIMIT : QUICK_COUNT_LIMIT;
}

// A travel window this short holds few bookings (at a million bookings, 7 days held ~8,000 and 31 days
// ~31,000), all side by side in the travel-date index: counting them exactly is the cheap part. Counting
// up to QUICK_COUNT_LIMIT and then sampling the table first (the summary card's "departures in the next
// 7 days" on every /admin request) only delayed that same exact count by the sample's few ms.
const SHORT_TRAVEL_WINDOW_DAYS = 31;

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * Whether these filters are counted exactly up to their limit at once, with no quick count or sample
 * before: an index-only travel window of at most SHORT_TRAVEL_WINDOW_DAYS days. Past the limit the
 * sample still estimates it.
 */
export function countedExactlyAtOnce(filters: ListFilterSql): boolean {
  if (!filters.travelFrom || !filters.travelTo || !indexOnly(filters)) return false;
  return dayNumber(filters.travelTo) - dayNumber(filters.travelFrom) < SHORT_TRAVEL_WINDOW_DAYS;
}
