import type { BookingRoute } from "@/contracts/bookings/booking-route";
import type { FlightDetails } from "@/contracts/bookings/booking-views";

/** What every email knows about the company; filled from configuration at render time. */
export type EmailBrand = {
  name: string;
  legalName: string;
  appUrl: string;
  logoUrl: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
};

export type BookingSummary = {
  reference: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string;
  route: BookingRoute;
  pets: { name: string; species: string; breed?: string | null }[];
  specialRequests?: string | null;
};

export type BookingEmailData = { booking: BookingSummary };
export type FlightEmailData = BookingEmailData & { flight: FlightDetails; correction?: boolean };
export type AccountLinkData = {
  name: string;
  url: string;
  expiresInMinutes: number;
  role?: string;
  invitedBy?: string;
};
