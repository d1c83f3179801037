import "server-only";

/** Keys of user_preferences rows; one per remembered choice. */
export const BOOKING_TABLE_COLUMNS_KEY = "bookings.table.columns";
