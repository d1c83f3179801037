// What a booking looks like to those who read it, derived from the database schema in this one place.
// Type-only imports: erased at build, so client components can use these types without reaching src/db.
import type { Booking, BookingEvent, Customer, FlightDetails, OutboxEmail, Pet } from "@/db/schema";

export type { FlightDetails };

/** A booking as the team sees it: every column but the search text and the idempotency key. */
export type BookingView = Omit<Booking, "searchText" | "idempotencyKey">;
export type BookingCustomer = Customer;
export type BookingPet = Pet;
/** A stored event row; read its type and data with readBookingEvent (booking-events.ts). */
export type BookingEventRow = BookingEvent;
/** An email about the booking, as the record lists it. */
export type BookingEmailLine = Pick<OutboxEmail, "id" | "template" | "toAddress" | "status" | "createdAt" | "sentAt">;

/** One booking in depth: what getBooking returns, the record page shows and the API's resource is made from. */
export type BookingDetail = BookingView & {
  customer: BookingCustomer;
  pets: BookingPet[];
  events: BookingEventRow[];
  emails: BookingEmailLine[];
};
