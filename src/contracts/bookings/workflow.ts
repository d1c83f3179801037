// The booking status workflow, defined once: the record page shows the next allowed steps from
// here, and every status change (page, bulk action, API) is checked against it. Pure: client-safe.
import type { EmailTemplateName } from "@/emails/registry";
import type { BookingStatus } from "@/lib/enum-values";

export type { BookingStatus } from "@/lib/enum-values";

export const STATUS_TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  pending: ["confirmed", "cancelled"],
  confirmed: ["in_progress", "cancelled"],
  in_progress: ["flight_booked", "cancelled"],
  // Back to in progress when the flight changed and a new one is being arranged.
  flight_booked: ["completed", "in_progress", "cancelled"],
  // Reopening a cancelled booking is for admins only.
  cancelled: ["pending"],
  completed: [],
};

/** The step a booking usually takes next: the record shows it first, as the main button. */
export const USUAL_NEXT_STATUS: Record<BookingStatus, BookingStatus | null> = {
  pending: "confirmed",
  confirmed: "in_progress",
  in_progress: "flight_booked",
  flight_booked: "completed",
  cancelled: "pending",
  completed: null,
};

/** Steps that need the "bookings.reopen" permission (admins). */
const ADMIN_ONLY: readonly (readonly [BookingStatus, BookingStatus])[] = [["cancelled", "pending"]];

/** The email each status sends the customer when "notify customer" is on (reopening sends none). */
export const STATUS_EMAIL: Record<BookingStatus, EmailTemplateName | null> = {
  pending: null,
  confirmed: "booking_confirmed",
  in_progress: "booking_in_progress",
  flight_booked: "flight_booked",
  completed: "booking_completed",
  cancelled: "booking_cancelled",
};

export function isAdminOnlyTransition(from: BookingStatus, to: BookingStatus): boolean {
  return ADMIN_ONLY.some(([a, b]) => a === from && b === to);
}

export function isAllowedTransition(from: BookingStatus, to: BookingStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** The next steps from a status, in workflow order, for someone who may (or may not) reopen. */
export function nextStatuses(from: BookingStatus, mayReopen: boolean): BookingStatus[] {
  return STATUS_TRANSITIONS[from].filter((to) => mayReopen || !isAdminOnlyTransition(from, to));
}
