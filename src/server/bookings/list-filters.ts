import "server-only";
import { brand } from "@/config/brand";
import type { ListFilterSql } from "@/db/queries/booking-list";
import { nextIsoDate, startOfDayIn } from "@/lib/dates";
import type { Actor } from "@/server/access/actor";
import type { BookingListFilters } from "@/contracts/bookings/list-query";

/** The list's filters in database terms: dates are days in the company's time zone. */
export function toFilterSql(query: BookingListFilters, actor: Actor): ListFilterSql {
  return {
    q: query.q,
    status: query.status,
    service: query.service,
    createdFrom: query.createdFrom ? startOfDayIn(brand.timeZone, query.createdFrom) : undefined,
    createdBefore: query.createdTo ? startOfDayIn(brand.timeZone, nextIsoDate(query.createdTo)) : undefined,
    travelFrom: query.travelFrom,
    travelTo: query.travelTo,
    assignee:
      query.assignee === undefined
        ? undefined
        : query.assignee === "unassigned"
          ? { kind: "unassigned" }
          : { kind: "user", id: query.assignee === "me" ? actor.id : query.assignee },
    origin: query.origin,
    destination: query.destination,
    deleted: query.deleted,
  };
}
