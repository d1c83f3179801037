import type { CreateBookingBody } from "@/contracts/bookings/schemas";
import type { PetDetails } from "./rows";

/** A pet as the booking form gives it, in the pets table's columns: the one mapping intake, the seed and the importer share. */
export function petDetailsOf(pet: CreateBookingBody["pets"][number]): PetDetails {
  return {
    name: pet.name,
    species: pet.species,
    breed: pet.breed ?? null,
    sex: pet.sex ?? null,
    date_of_birth: pet.dateOfBirth ?? null,
    weight_kg: pet.weightKg ?? null,
    microchip: pet.microchip ?? null,
    notes: pet.notes ?? null,
  };
}
