import "server-only";
import { bookingBody } from "@/testing/factories/booking-body";
import { petDetailsOf } from "./pet-details";
import type { ContactMethod, PetDetails } from "./rows";
import type { Status } from "./statuses";

/** Bookings with easy-to-remember details, for trying search; they are the newest seeded ones. */
export type DemoBooking = {
  first: string;
  last: string;
  phone: string;
  whatsapp: string | null;
  preferredContact: ContactMethod;
  origin: { country: string; city: string };
  destination: { country: string; city: string };
  status: Status;
  leadDays: number;
  specialRequests: string | null;
  pets: PetDetails[];
};

const pet = (details: Partial<PetDetails> & Pick<PetDetails, "name" | "species">): PetDetails => ({
  breed: null,
  sex: null,
  date_of_birth: null,
  weight_kg: null,
  microchip: null,
  notes: null,
  ...details,
});

// The sample booking the tests and the README use, as the newest demo booking.
const sample = bookingBody();
const [sampleFirst = "", ...sampleLast] = sample.customer.name.split(" ");

export const demoBookings: readonly DemoBooking[] = [
  {
    first: sampleFirst,
    last: sampleLast.join(" "),
    phone: sample.customer.phone,
    whatsapp: sample.customer.whatsapp ?? null,
    preferredContact: sample.customer.preferredContact,
    origin: { country: sample.route.originCountry, city: sample.route.originCity },
    destination: { country: sample.route.destinationCountry, city: sample.route.destinationCity },
    status: "pending",
    leadDays: 30,
    specialRequests: sample.specialRequests ?? null,
    pets: sample.pets.map(petDetailsOf),
  },
  {
    first: "Zoë",
    last: "Müller",
    phone: "+49 171 2345678",
    whatsapp: null,
    preferredContact: "email",
    origin: { country: "AE", city: "Abu Dhabi" },
    destination: { country: "DE", city: "Munich" },
    status: "confirmed",
    leadDays: 45,
    specialRequests: null,
    pets: [
      pet({
        name: "Bruno",
        species: "dog",
        breed: "Bernese Mountain Dog",
        sex: "male",
        date_of_birth: "2019-09-15",
        weight_kg: 48.5,
        microchip: "276098106543210",
      }),
      pet({
        name: "Mochi",
        species: "cat",
        breed: "Ragdoll",
        sex: "female",
        weight_kg: 5.1,
        microchip: "276098106543211",
      }),
    ],
  },
  {
    first: "José",
    last: "García",
    phone: "+971 55 987 6543",
    whatsapp: "+971 55 987 6543",
    preferredContact: "phone",
    origin: { country: "ES", city: "Madrid" },
    destination: { country: "AE", city: "Dubai" },
    status: "flight_booked",
    leadDays: 6,
    specialRequests: "Necesitamos la factura en euros, por favor.",
    pets: [
      pet({
        name: "Chispa",
        species: "dog",
        breed: "Chihuahua",
        sex: "female",
        weight_kg: 2.4,
        microchip: "941000024681357",
      }),
    ],
  },
  {
    first: "Renée",
    last: "Dubois",
    phone: "+33 6 12 34 56 78",
    whatsapp: null,
    preferredContact: "email",
    origin: { country: "AE", city: "Dubai" },
    destination: { country: "FR", city: "Paris" },
    status: "in_progress",
    leadDays: 21,
    specialRequests: null,
    pets: [
      pet({
        name: "Cléo",
        species: "cat",
        breed: "Persian",
        sex: "female",
        date_of_birth: "2016-02-29",
        weight_kg: 3.9,
        microchip: "250269811223344",
        notes: "Short-nosed breed: needs a temperature-controlled route and a well-ventilated crate.",
      }),
    ],
  },
  {
    first: "سارة",
    last: "الهاشمي",
    phone: "+971 56 765 4321",
    whatsapp: "+971567654321",
    preferredContact: "whatsapp",
    origin: { country: "AE", city: "Sharjah" },
    destination: { country: "SA", city: "Riyadh" },
    status: "pending",
    leadDays: 25,
    specialRequests: "يرجى التواصل عبر واتساب",
    pets: [
      pet({
        name: "قمر",
        species: "cat",
        breed: "Arabian Mau",
        sex: "female",
        weight_kg: 3.6,
        microchip: "784098100654321",
      }),
      pet({
        name: "Zaatar",
        species: "dog",
        breed: "Saluki",
        sex: "male",
        weight_kg: 24.5,
        microchip: "784098100987654",
      }),
    ],
  },
  {
    first: "Siobhan",
    last: "O'Brien",
    phone: "+353 87 123 4567",
    whatsapp: null,
    preferredContact: "email",
    origin: { country: "AE", city: "Dubai" },
    destination: { country: "IE", city: "Dublin" },
    status: "confirmed",
    leadDays: 60,
    specialRequests: 'We\'d like the "premium" crate option, and a call the day before.',
    pets: [
      pet({
        name: "Biscuit",
        species: "dog",
        breed: "Labrador Retriever",
        sex: "male",
        weight_kg: 31,
        microchip: "900164000112233",
      }),
      pet({
        name: "Oreo",
        species: "dog",
        breed: "Border Collie",
        sex: "female",
        weight_kg: 17.2,
        microchip: "900164000445566",
      }),
    ],
  },
];
