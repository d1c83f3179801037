import { randomUUID } from "node:crypto";

// Valid booking data for the browser and API tests, in the shape POST /api/v1/bookings takes.
// Every call gets a unique email, so tests never collide on a customer, and a travel date ahead.

export type ServiceType = "export_from_uae" | "import_to_uae" | "international" | "domestic";
export type Species = "dog" | "cat" | "other";
export type Sex = "male" | "female" | "unknown";

export type PetData = {
  name: string;
  species: Species;
  breed?: string;
  sex?: Sex;
  dateOfBirth?: string;
  weightKg?: number;
  microchip?: string;
  notes?: string;
};

export type BookingData = {
  customer: { name: string; email: string; phone: string; whatsapp?: string; preferredContact: "email" | "phone" | "whatsapp" };
  route: {
    originCountry: string;
    originCity: string;
    destinationCountry: string;
    destinationCity: string;
    travelDate: string;
    serviceType: ServiceType;
  };
  pets: PetData[];
  specialRequests?: string;
  consent: true;
};

/** YYYY-MM-DD, `days` from today (UTC). */
export function futureDate(days = 60): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function uniqueEmail(prefix = "owner"): string {
  return `${prefix}.${randomUUID().slice(0, 12)}@example.com`;
}

/** A 15-digit microchip number with the UAE's 784 prefix. */
export function microchip(): string {
  return `784${String(Math.floor(Math.random() * 1e12)).padStart(12, "0")}`;
}

export function buildPet(overrides: Partial<PetData> = {}): PetData {
  return {
    name: "Luna",
    species: "cat",
    breed: "British Shorthair",
    sex: "female",
    dateOfBirth: "2021-04-02",
    weightKg: 4.2,
    microchip: microchip(),
    notes: "Shy with strangers",
    ...overrides,
  };
}

type BookingOverrides = Partial<Omit<BookingData, "customer" | "route">> & {
  customer?: Partial<BookingData["customer"]>;
  route?: Partial<BookingData["route"]>;
};

export function buildBooking(overrides: BookingOverrides = {}): BookingData {
  const { customer, route, ...rest } = overrides;
  return {
    customer: {
      name: "Sara Al Mansoori",
      email: uniqueEmail("sara"),
      phone: "+971 50 123 4567",
      whatsapp: "+971 50 765 4321",
      preferredContact: "whatsapp",
      ...customer,
    },
    route: {
      originCountry: "AE",
      originCity: "Dubai",
      destinationCountry: "GB",
      destinationCity: "London",
      travelDate: futureDate(),
      serviceType: "export_from_uae",
      ...route,
    },
    pets: [buildPet()],
    specialRequests: "Please call before 10am",
    consent: true,
    ...rest,
  };
}

/** Two pets, a dog and a cat: the common family move. */
export function buildFamilyBooking(overrides: BookingOverrides = {}): BookingData {
  return buildBooking({
    pets: [
      buildPet({ name: "Max", species: "dog", breed: "Golden Retriever", sex: "male", dateOfBirth: "2019-09-15", weightKg: 31.5, notes: "Loves his crate" }),
      buildPet({ name: "Luna" }),
    ],
    ...overrides,
  });
}
