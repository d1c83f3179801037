import type { CreateBookingBody } from "@/contracts/bookings/schemas";
import type { Random } from "@/db/seed/random";
import { futureDate, uniqueEmail } from "./unique-values";

// The one factory of public booking bodies (POST /api/v1/bookings, the /book form), used by the
// Vitest suites, the Playwright specs and the seed's demo bookings. The default is the sample booking
// the README shows: Sara Al Mansoori moving Luna from Dubai to London, with a unique email.

type ParsedRoute = CreateBookingBody["route"];

/**
 * A valid body in the shape the intake's schema returns, so it parses to itself; country codes are
 * plain strings as a client sends them (the schema narrows them to the known codes).
 */
export type BookingBody = Omit<CreateBookingBody, "route"> & {
  route: Omit<ParsedRoute, "originCountry" | "destinationCountry"> & {
    originCountry: string;
    destinationCountry: string;
  };
};
export type PetBody = BookingBody["pets"][number];

export type BookingBodyOverrides = Partial<Omit<BookingBody, "customer" | "route">> & {
  customer?: Partial<BookingBody["customer"]>;
  route?: Partial<BookingBody["route"]>;
};

export type FactoryOptions = {
  /** The seed's generator: the same seed gives the same bodies. */
  random?: Random;
  /** The moment the travel date counts from; defaults to now. */
  now?: number;
};

/** Luna, the sample cat; override any field. */
export function petBody(overrides: Partial<PetBody> = {}): PetBody {
  return {
    name: "Luna",
    species: "cat",
    breed: "British Shorthair",
    sex: "female",
    dateOfBirth: "2021-04-02",
    weightKg: 4.2,
    microchip: "784098100123456",
    notes: "Shy with strangers",
    ...overrides,
  };
}

/**
 * The sample booking; `customer` and `route` overrides are laid over the sample's, the other parts
 * replace the sample's. An invalid body is a valid one spread and changed: `{ ...bookingBody(), consent: false }`.
 */
export function bookingBody(overrides: BookingBodyOverrides = {}, options: FactoryOptions = {}): BookingBody {
  const { customer, route, ...rest } = overrides;
  return {
    customer: {
      name: "Sara Al Mansoori",
      email: uniqueEmail("sara", options.random),
      phone: "+971 50 123 4567",
      whatsapp: "+971501234567",
      preferredContact: "whatsapp",
      ...customer,
    },
    route: {
      originCountry: "AE",
      originCity: "Dubai",
      destinationCountry: "GB",
      destinationCity: "London",
      travelDate: futureDate(30, options.now),
      serviceType: "export_from_uae",
      ...route,
    },
    pets: [petBody()],
    specialRequests: "Please call before 10am",
    consent: true,
    ...rest,
  };
}

/** Two pets, a dog and a cat: the common family move. */
export function familyBookingBody(overrides: BookingBodyOverrides = {}, options: FactoryOptions = {}): BookingBody {
  const max = petBody({
    name: "Max",
    species: "dog",
    breed: "Golden Retriever",
    sex: "male",
    dateOfBirth: "2019-09-15",
    weightKg: 31.5,
    microchip: "784098100654987",
    notes: "Loves his crate",
  });
  return bookingBody({ pets: [max, petBody()], ...overrides }, options);
}
