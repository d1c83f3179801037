import { MAX_PAGE_SIZE, SORT_FIELDS } from "@/contracts/bookings/list-query";
import { BOOKING_STATUSES, SERVICE_TYPES } from "@/contracts/bookings/schemas";
import { query, type ApiParameter } from "./operation";

/** The bookings table's state: the same parameters as the /admin URL (the list and its CSV export). */
export function bookingListParameters(): ApiParameter[] {
  return [
    query("q", "Search: reference (full or a prefix), customer name, email or phone, pet name, microchip. Every word must match; case and accents are ignored."),
    query("status", `Comma-separated statuses: ${BOOKING_STATUSES.join(", ")}`),
    query("createdFrom", "Created on or after this day (YYYY-MM-DD, in Dubai time)", { type: "string", format: "date" }),
    query("createdTo", "Created on or before this day (YYYY-MM-DD, in Dubai time)", { type: "string", format: "date" }),
    query("travelFrom", "Travel date on or after (YYYY-MM-DD)", { type: "string", format: "date" }),
    query("travelTo", "Travel date on or before (YYYY-MM-DD)", { type: "string", format: "date" }),
    query("assignee", '"me", "unassigned" or a team member\'s id'),
    query("origin", "Origin country (ISO 3166-1 alpha-2)"),
    query("destination", "Destination country (ISO 3166-1 alpha-2)"),
    query("service", `Comma-separated service types: ${SERVICE_TYPES.join(", ")}`),
    query("deleted", "true: deleted bookings (restorable for 30 days) instead of live ones; admins only", { type: "string", enum: ["true", "false"] }),
    query("sort", `One of ${SORT_FIELDS.join(", ")}; prefix "-" for descending. Default -createdAt.`),
  ];
}

/** Which page of the list: the list only (the export ignores them). */
export function pageParameters(): ApiParameter[] {
  return [
    query("page", "Page number, from 1", { type: "integer", minimum: 1 }),
    query("pageSize", `Rows per page, 1–${MAX_PAGE_SIZE} (default 25)`, { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE }),
  ];
}
