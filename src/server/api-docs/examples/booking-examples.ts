import "server-only";
import type { z } from "zod";
import type { BookingListItem } from "@/contracts/bookings/list-item";
import type { bookingPatchSchema, changeStatusSchema, noteBodySchema } from "@/contracts/bookings/record-schemas";
import { bookingsCsv } from "@/server/bookings/export-bookings";
import { bookingBody, type BookingBody } from "@/testing/factories/booking-body";

// The API document's examples of the bookings routes, built from the sample booking every test, the
// seed and the README use (src/testing/factories): Sara Al Mansoori moving Luna from Dubai to London.
// tests/unit/openapi-examples.test.ts checks each against its schema and each request against the
// route's own parser.

const SAMPLE_EMAIL = "sara@example.com";
const REFERENCE = "PP-2026-00042";
const CREATED_AT = "2026-11-24T10:15:00.000Z";
const UPDATED_AT = "2026-11-26T07:40:12.000Z";
const ASSIGNEE = { id: "0b8e4a52-6f1d-4c36-9d57-2a1f8c3e9b70", name: "Aisha Rahman" };
const PET_IDS = ["5c1f9a3e-2b7d-4e8a-9f61-3d2c7b8a1e04", "a7e2c4d9-6f13-4b58-8c2e-9d0f1a6b3c57"];

/** POST /api/v1/bookings: the sample booking, travelling 30 days from today (a past date is refused). */
export const createBookingExample = (): BookingBody => bookingBody({ customer: { email: SAMPLE_EMAIL } });

/** The same booking as the answers show it, on a fixed date: answers are not held to today. */
const sample = bookingBody({ customer: { email: SAMPLE_EMAIL }, route: { travelDate: "2027-03-14" } });

export const createdBookingExample = { reference: REFERENCE, status: "pending", createdAt: CREATED_AT };

export const bookingExample = {
  reference: REFERENCE,
  status: "confirmed",
  version: 3,
  source: "api",
  createdAt: CREATED_AT,
  updatedAt: UPDATED_AT,
  customer: {
    name: sample.customer.name,
    email: sample.customer.email,
    phone: sample.customer.phone,
    whatsapp: sample.customer.whatsapp ?? null,
    preferredContact: sample.customer.preferredContact,
  },
  route: sample.route,
  pets: sample.pets.map((pet, index) => ({
    id: PET_IDS[index % PET_IDS.length]!,
    name: pet.name,
    species: pet.species,
    breed: pet.breed ?? null,
    sex: pet.sex ?? null,
    dateOfBirth: pet.dateOfBirth ?? null,
    weightKg: pet.weightKg ?? null,
    microchip: pet.microchip ?? null,
    notes: pet.notes ?? null,
  })),
  specialRequests: sample.specialRequests ?? null,
  assigneeId: ASSIGNEE.id,
  flight: null,
};

const listItemExample: BookingListItem = {
  reference: REFERENCE,
  status: "confirmed",
  serviceType: sample.route.serviceType,
  customer: { name: sample.customer.name, email: sample.customer.email, phone: sample.customer.phone },
  pets: sample.pets.map((pet) => ({ name: pet.name, species: pet.species, microchip: pet.microchip ?? null })),
  route: {
    originCountry: sample.route.originCountry,
    originCity: sample.route.originCity,
    destinationCountry: sample.route.destinationCountry,
    destinationCity: sample.route.destinationCity,
  },
  travelDate: sample.route.travelDate,
  assignee: ASSIGNEE,
  version: 3,
  createdAt: CREATED_AT,
  updatedAt: UPDATED_AT,
  deletedAt: null,
};

export const bookingListPageExample = { items: [listItemExample], total: 1, totalIsExact: true, page: 1, pageSize: 25 };

export const bookingsCsvExample = bookingsCsv([listItemExample]);

/** PATCH: a new phone number, from version 3. */
export const bookingPatchExample = (): z.input<typeof bookingPatchSchema> => ({
  version: 3,
  customer: { phone: "+971 50 765 4321" },
});

/** The booking after that edit. */
export const patchedBookingExample = {
  ...bookingExample,
  version: 4,
  customer: { ...bookingExample.customer, phone: "+971 50 765 4321" },
};

const flightExample = {
  airline: "Emirates",
  flightNumber: "EK 1",
  departureAirport: "DXB",
  departureTime: "2027-03-14T07:45:00+04:00",
  arrivalAirport: "LHR",
  arrivalTime: "2027-03-14T11:50:00+00:00",
  airWaybill: "176-12345675",
};

/** POST …/status: the booking's flight is booked; the customer is told. */
export const statusChangeExample = (): z.input<typeof changeStatusSchema> => ({
  status: "flight_booked",
  flight: flightExample,
  notifyCustomer: true,
  version: 3,
});

export const statusChangeResultExample = {
  reference: REFERENCE,
  status: "flight_booked",
  version: 4,
  emailQueued: true,
};

export const restoredBookingExample = { reference: REFERENCE, version: 5 };

const NOTE_TEXT = "Called Sara: Luna's rabies titre test is booked for 3 February.\nShe will send the result by email.";

export const noteBodyExample = (): z.input<typeof noteBodySchema> => ({ body: NOTE_TEXT });

const NOTE = {
  id: "5d2c7a1e-93b4-4f0a-8e61-7c9b2d4f1a38",
  body: NOTE_TEXT,
  createdAt: "2026-11-25T09:12:03.000Z",
  author: ASSIGNEE,
};

export const addedNoteExample = NOTE;

export const noteListExample = { items: [{ ...NOTE, updatedAt: NOTE.createdAt, canEdit: true }] };

export const ownBookingsExample = {
  items: [
    {
      reference: REFERENCE,
      status: "confirmed",
      originCity: sample.route.originCity,
      originCountry: sample.route.originCountry,
      destinationCity: sample.route.destinationCity,
      destinationCountry: sample.route.destinationCountry,
      travelDate: sample.route.travelDate,
      petNames: sample.pets.map((pet) => pet.name).join(", "),
    },
  ],
};
