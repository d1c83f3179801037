// The cards above the bookings table: a count and the link to the view it counts.
import type { ListCount } from "../list-page";
import type { BookingStatus } from "./schemas";

export type SummaryCard = { count: ListCount; href: string };
export type BookingSummary = {
  byStatus: Record<BookingStatus, SummaryCard>;
  departingSoon: SummaryCard & { from: string; to: string };
};
