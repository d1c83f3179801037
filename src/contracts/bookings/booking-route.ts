// A booking's route, typed once from the bookings table's columns: the booking form, the API, the
// emails and the record page all use this shape. Pure: client-safe (the import is a type only).
import type { Booking } from "@/db/schema";

export type BookingRouteField =
  "originCountry" | "originCity" | "destinationCountry" | "destinationCity" | "travelDate" | "serviceType";
export type BookingRoute = Pick<Booking, BookingRouteField>;

/** A booking's route in the shape of the booking form, the API and the emails. */
export function routeOf(booking: BookingRoute): BookingRoute {
  return {
    originCountry: booking.originCountry,
    originCity: booking.originCity,
    destinationCountry: booking.destinationCountry,
    destinationCity: booking.destinationCity,
    travelDate: booking.travelDate,
    serviceType: booking.serviceType,
  };
}
