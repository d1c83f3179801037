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

// `totalIsExact` is false past 10,000 matches (1,000 when searching): `total` is then PostgreSQL's
// estimate ("about 950,000").
export type BookingListPage = ListPage<BookingListItem>;
