import "server-only";
import { brand } from "@/config/brand";
import type { ContactUpdateInput } from "@/contracts/journey/contact";
import type { Journey, PublicJourney } from "@/contracts/journey/journey";
import type { TrackRequestInput } from "@/contracts/journey/track";
import { bookingDocumentListExample } from "./document-examples";

// The API document's examples of the customer's journey, contact and public tracking routes: Sara's booking for Luna,
// confirmed and with its flight booked (the sample booking of booking-examples.ts).
// tests/unit/openapi-examples.test.ts checks each against its schema and the request against the route's parser.

const REFERENCE = "PP-2026-00042";
const PET_ID = "6a0f3b8d-2c4e-4d19-a7b5-9e1c3f5d7a20";
const passport = bookingDocumentListExample.items[1]!;

export const journeyExample = {
  reference: REFERENCE,
  status: "flight_booked",
  version: 57,
  steps: [
    { key: "received", at: "2026-11-24T10:15:00.000Z", current: false },
    { key: "confirmed", at: "2026-11-24T12:02:41.000Z", current: false },
    { key: "preparing", at: "2026-11-25T08:30:00.000Z", current: false },
    { key: "flight_booked", at: "2026-11-26T07:40:12.000Z", current: true },
    { key: "in_the_air", at: null, current: false },
    { key: "arrived", at: null, current: false },
    { key: "completed", at: null, current: false },
  ],
  pets: [{ id: PET_ID, name: "Luna", species: "cat" }],
  route: { originCountry: "AE", originCity: "Dubai", destinationCountry: "GB", destinationCity: "London" },
  travelDate: "2027-03-14",
  flight: {
    airline: "Emirates",
    flightNumber: "EK 1",
    departureAirport: "DXB",
    departureTime: "2027-03-14T02:35:00+04:00",
    arrivalAirport: "LHR",
    arrivalTime: "2027-03-14T06:40:00+00:00",
    airWaybill: "176-12345675",
  },
  flightTimeZones: { departure: "Asia/Dubai", arrival: "Europe/London" },
  updates: [
    {
      id: "c4a1e7f2-9b3d-4d8e-a2f6-5e0b7c9d1a34",
      at: "2026-11-26T08:05:00.000Z",
      text: "Luna's crate is ready and she has had her vet check. She is doing well.",
    },
  ],
  documents: [passport],
  missingDocuments: [{ kind: "vaccination_record", petId: PET_ID, petName: "Luna" }],
  contact: {
    coordinator: "Aisha",
    company: {
      name: brand.name,
      email: brand.contact.email,
      phone: brand.contact.phone,
      whatsapp: brand.contact.whatsapp,
      hours: brand.contact.hours,
    },
  },
} satisfies Omit<Journey, "documents"> & { documents: readonly object[] };

/** POST /api/v1/track: the booking's reference and the email it was made with. */
export const trackRequestExample = (): TrackRequestInput => ({ reference: REFERENCE, email: "sara@example.com" });

/** The same journey as anyone with the reference and email sees it: nothing personal. */
export const publicJourneyExample: PublicJourney = (() => {
  const { pets, documents: _documents, missingDocuments: _missing, contact, ...shared } = journeyExample;
  return {
    ...shared,
    customerFirstName: "Sara",
    pets: pets.map(({ name, species }) => ({ name, species })),
    contact: { company: contact.company },
  };
})();

/** What the stream sends: the events as text, one `journey` event, then a heartbeat. */
export const journeyEventsExample = 'retry: 5000\n\nevent: journey\ndata: {"version":57}\n\n: heartbeat\n\n';

/** PATCH /api/v1/me/contact: a new mobile number, and WhatsApp as the way to reach Sara. */
export const contactUpdateExample = (): ContactUpdateInput => ({
  phone: "+971 55 765 4321",
  preferredContact: "whatsapp",
});

export const customerContactExample = {
  email: "sara@example.com",
  phone: "+971 55 765 4321",
  whatsapp: "+971 50 123 4567",
  preferredContact: "whatsapp",
};
