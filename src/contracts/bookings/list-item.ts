// One row of the bookings table, as the page, GET /api/v1/bookings and the CSV export give it.
import type { ListPage } from "../list-page";

export type BookingListItem = {
  reference: string;
  status: string;
  serviceType: string;
  customer: { name: string; email: string; phone: string };
  pets: { name: string; species: string; microchip: string | null }[];
  route: { originCountry: string; originCity: string; destinationCountry: string; destinationCity: string };
  travelDate: string;
  assignee: { id: string; name: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

// `totalIsExact` is false past what an index counts cheaply (src/db/queries/booking-count-limits.ts):
// `total` is then an estimate from a sample of the table ("about 950,000").
export type BookingListPage = ListPage<BookingListItem>;
