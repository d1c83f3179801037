import "server-only";
import type { ListFilterSql } from "@/db/queries/booking-list";
import type { Actor } from "@/server/access/actor";
import type { BookingListFilters } from "@/contracts/bookings/list-query";

/** The list's filters for the SQL builder: as parsed, with the viewer for "assigned to me". */
export function toFilterSql(query: BookingListFilters, actor: Actor): ListFilterSql {
  return { ...query, viewerId: actor.id };
}
