import "server-only";
import type { BookingDetail } from "@/contracts/bookings/booking-views";
import { routeOf } from "@/contracts/bookings/booking-route";

/** The API's view of a booking: the same shape as the create body, plus what the system added. */
export function toBookingResource(booking: BookingDetail) {
  return {
    reference: booking.reference,
    status: booking.status,
    version: booking.version,
    source: booking.source,
    createdAt: booking.createdAt.toISOString(),
    updatedAt: booking.updatedAt.toISOString(),
    customer: {
      name: booking.customer.fullName,
      email: booking.customer.email,
      phone: booking.customer.phone,
      whatsapp: booking.customer.whatsapp,
      preferredContact: booking.customer.preferredContact,
    },
    route: routeOf(booking),
    // The id is what PATCH's `pets` list names to edit a pet in place (and keep its documents on it).
    pets: booking.pets.map((pet) => ({
      id: pet.id,
      name: pet.name,
      species: pet.species,
      breed: pet.breed,
      sex: pet.sex,
      dateOfBirth: pet.dateOfBirth,
      weightKg: pet.weightKg === null ? null : Number(pet.weightKg),
      microchip: pet.microchip,
      notes: pet.notes,
    })),
    specialRequests: booking.specialRequests,
    assigneeId: booking.assigneeId,
    flight: booking.flight,
  };
}
