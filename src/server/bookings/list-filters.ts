import "server-only";
import { withExactSearch, type ListFilterSql } from "@/db/queries/booking-list";
import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import type { BookingListFilters } from "@/contracts/bookings/list-query";

/** The list's filters for the SQL builder: as parsed, with the viewer for "assigned to me". */
export function toFilterSql(query: BookingListFilters, actor: Actor): ListFilterSql {
  return { ...query, viewerId: actor.id };
}

/**
 * The filters a view's rows and counts run with: toFilterSql, with a search for one exact value
 * (microchip, email, phone) looked up on its index when this view holds it. Rows and counts of one
 * request take the same resolved filters, so they agree.
 */
export function resolveFilterSql(db: Executor, query: BookingListFilters, actor: Actor): Promise<ListFilterSql> {
  return withExactSearch(db, toFilterSql(query, actor));
}
