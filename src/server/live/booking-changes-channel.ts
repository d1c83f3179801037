import "server-only";

/** The NOTIFY channel every booking event is announced on; the payload is the booking's id. */
export const BOOKING_CHANGED_CHANNEL = "booking_changed";
