// What the thank-you page repeats back to the person who just booked, kept in this tab only: the page's
// address holds nothing but the reference (which anyone could guess), so it never shows personal details
// it did not get from this browser.
import type { CreateBookingBody } from "@/contracts/bookings/schemas";

export type BookedSummary = {
  email: string;
  pets: { name: string; species: string }[];
  route: { originCity: string; destinationCity: string; travelDate: string };
};

const keyOf = (reference: string) => `pawpath:booked:${reference}`;

export function rememberBookedSummary(reference: string, body: CreateBookingBody): void {
  const summary: BookedSummary = {
    email: body.customer.email,
    pets: body.pets.map(({ name, species }) => ({ name, species })),
    route: {
      originCity: body.route.originCity,
      destinationCity: body.route.destinationCity,
      travelDate: body.route.travelDate,
    },
  };
  try {
    sessionStorage.setItem(keyOf(reference), JSON.stringify(summary));
  } catch {
    // Storage full or blocked: the page shows the reference alone.
  }
}

/** The saved summary as stored (a string, so React can compare snapshots), or null. */
export function savedBookedSummary(reference: string): string | null {
  try {
    return sessionStorage.getItem(keyOf(reference));
  } catch {
    return null;
  }
}

export function parseBookedSummary(saved: string | null): BookedSummary | null {
  if (!saved) return null;
  try {
    return JSON.parse(saved) as BookedSummary;
  } catch {
    return null;
  }
}
