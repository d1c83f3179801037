// Pure and client-safe: the record page builds the form from it and its server action answers in it.
// The edit form's values, and the two rules that keep two people's work apart: only the parts a person
// changed are sent (so an untouched part never overwrites a colleague's), and after a refused save the
// person's edits are laid over the booking as it now is.
import type { CreateBookingFormValues } from "@/contracts/bookings/schemas";
import type { UpdateBookingInput } from "@/contracts/bookings/record-schemas";
import { routeOf, type BookingRouteField } from "@/contracts/bookings/booking-route";
import type { BookingDetail } from "@/contracts/bookings/booking-views";

export type EditPet = CreateBookingFormValues["pets"][number] & { id?: string };
export type EditValues = {
  customer: CreateBookingFormValues["customer"];
  route: CreateBookingFormValues["route"];
  specialRequests: string;
  pets: EditPet[];
};
export type EditSection = "customer" | "route" | "specialRequests" | "pets";
const SECTIONS: EditSection[] = ["customer", "route", "specialRequests", "pets"];

type BookingForEdit = Pick<BookingDetail, "customer" | "specialRequests" | "pets" | BookingRouteField>;

export function editValuesOf(booking: BookingForEdit): EditValues {
  return {
    customer: {
      name: booking.customer.fullName,
      email: booking.customer.email,
      phone: booking.customer.phone,
      whatsapp: booking.customer.whatsapp ?? "",
      preferredContact: booking.customer.preferredContact,
    },
    route: routeOf(booking),
    specialRequests: booking.specialRequests ?? "",
    pets: booking.pets.map((pet) => ({
      id: pet.id,
      name: pet.name,
      species: pet.species,
      breed: pet.breed ?? "",
      sex: pet.sex ?? undefined,
      dateOfBirth: pet.dateOfBirth ?? undefined,
      // numeric(5,2) arrives as "4.20"; the form works in numbers.
      weightKg: pet.weightKg === null ? undefined : Number(pet.weightKg),
      microchip: pet.microchip ?? "",
      notes: pet.notes ?? "",
    })),
  };
}

/** Empty text, null and undefined are the same "nothing" to a form. */
const normal = (value: unknown): unknown => (value === "" || value === null || value === undefined ? null : value);

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return normal(a) === normal(b);
}

export function changedSections(base: EditValues, edited: EditValues): EditSection[] {
  return SECTIONS.filter((section) => !same(base[section], edited[section]));
}

/** The update to send: the version edited from and only the changed parts. */
export function editInputOf(base: EditValues, edited: EditValues, version: number): UpdateBookingInput {
  const input: Record<string, unknown> = { version };
  for (const section of changedSections(base, edited)) input[section] = edited[section];
  return input as UpdateBookingInput;
}

function mergeFields<T extends object>(base: T, mine: T, fresh: T): T {
  const merged = { ...fresh };
  for (const key of Object.keys(mine) as (keyof T)[]) {
    if (!same(base[key], mine[key])) merged[key] = mine[key];
  }
  return merged;
}

/**
 * My edits laid over the booking as it is now: every field I changed keeps my value, every other
 * field takes the fresh one. Pets are matched by id; pets I removed stay removed, pets I added are
 * added after the others, and a pet a colleague removed is gone (the conflict message said so).
 */
export function rebaseEdits(base: EditValues, mine: EditValues, fresh: EditValues): EditValues {
  const baseById = new Map(base.pets.map((pet) => [pet.id, pet]));
  const mineById = new Map(mine.pets.filter((pet) => pet.id).map((pet) => [pet.id, pet]));
  const pets: EditPet[] = [];
  for (const pet of fresh.pets) {
    const before = baseById.get(pet.id);
    const edited = mineById.get(pet.id);
    if (!before) pets.push(pet);
    else if (edited) pets.push(mergeFields(before, edited, pet));
  }
  pets.push(...mine.pets.filter((pet) => !pet.id));
  return {
    customer: mergeFields(base.customer, mine.customer, fresh.customer),
    route: mergeFields(base.route, mine.route, fresh.route),
    specialRequests: same(base.specialRequests, mine.specialRequests) ? fresh.specialRequests : mine.specialRequests,
    pets: same(base.pets, mine.pets) ? fresh.pets : pets,
  };
}
