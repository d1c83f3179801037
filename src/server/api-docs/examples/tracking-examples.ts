import "server-only";
import type { PublicJourney } from "@/contracts/journey/journey";
import type { TrackRequestInput } from "@/contracts/journey/track";
import { brand } from "@/config/brand";

// The tracking routes' examples: Sara's booking PP-2026-00042, Luna flying Dubai → London, flight booked.

export const trackRequestExample = (): TrackRequestInput => ({ reference: "PP-2026-00042", email: "sara@example.com" });

export const publicJourneyExample: PublicJourney = {
  reference: "PP-2026-00042",
  status: "flight_booked",
  version: 41,
  customerFirstName: "Sara",
  steps: [
    { key: "received", at: "2026-11-24T10:15:00.000Z", current: false },
    { key: "confirmed", at: "2026-11-25T08:02:11.000Z", current: false },
    { key: "preparing", at: "2026-12-02T09:30:00.000Z", current: false },
    { key: "flight_booked", at: "2027-02-20T11:45:27.000Z", current: true },
    { key: "in_the_air", at: null, current: false },
    { key: "arrived", at: null, current: false },
    { key: "completed", at: null, current: false },
  ],
  pets: [{ name: "Luna", species: "cat" }],
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
  updates: [
    {
      id: "5f0c2d1e-8a47-4b6e-9c3d-2e1f0a9b8c7d",
      at: "2027-02-21T14:05:00.000Z",
      text: "Luna had her fit-to-fly check today and did very well.",
    },
  ],
  contact: {
    company: {
      name: brand.name,
      email: brand.contact.email,
      phone: brand.contact.phone,
      whatsapp: brand.contact.whatsapp,
      hours: brand.contact.hours,
    },
  },
};
