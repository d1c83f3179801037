import "server-only";
import type { BookingEventType } from "@/contracts/bookings/booking-events";

/**
 * The event types a customer may ever see on a journey: a whitelist, so an event type added later stays
 * internal until someone adds it here on purpose. Notes never appear; their text is never read here.
 */
export const CUSTOMER_VISIBLE_EVENT_TYPES = [
  "status_changed",
  "flight_changed",
  "customer_update",
  "customer_update_withdrawn",
  "document_added",
] as const satisfies readonly BookingEventType[];

/**
 * Events after which the journey reads differently (its version is the newest of them): the visible
 * ones, and those that change its pets, route, coordinator or documents. Notes and contact edits do not.
 */
export const JOURNEY_EVENT_TYPES = [
  ...CUSTOMER_VISIBLE_EVENT_TYPES,
  "created",
  "details_changed",
  "assigned",
  "document_replaced",
  "document_deleted",
  "document_restored",
] as const satisfies readonly BookingEventType[];
