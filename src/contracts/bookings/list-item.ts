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

/**
 * What a row of the back office's table shows, and all the page sends its script: every row travels twice
 * in the HTML (drawn, and as the RSC data the script starts from), so phone numbers, microchips, cities and
 * ids it never shows stay on the server.
 */
export type BookingTableRow = {
  reference: string;
  status: string;
  customer: { name: string; email: string };
  pets: { name: string; species: string }[];
  route: { originCountry: string; destinationCountry: string };
  travelDate: string;
  assignee: { name: string } | null;
  createdAt: string;
  updatedAt: string;
};

export function toBookingTableRow(item: BookingListItem): BookingTableRow {
  const { reference, status, customer, pets, route, travelDate, assignee, createdAt, updatedAt } = item;
  return {
    reference,
    status,
    customer: { name: customer.name, email: customer.email },
    pets: pets.map(({ name, species }) => ({ name, species })),
    route: { originCountry: route.originCountry, destinationCountry: route.destinationCountry },
    travelDate,
    assignee: assignee && { name: assignee.name },
    createdAt,
    updatedAt,
  };
}
