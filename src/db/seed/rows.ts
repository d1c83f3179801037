import "server-only";

// Rows as the batch insert reads them (column names as keys); the same shapes the intake writes.
import type { BookingEventBody } from "@/contracts/bookings/booking-events";
import type { BookingSource, ContactMethod, PetSex, PetSpecies, ServiceType } from "@/lib/enum-values";
import type { FlightDetails } from "../schema/bookings";
import type { Status } from "./statuses";

export type { ContactMethod } from "@/lib/enum-values";
export type Species = PetSpecies;
export type Sex = PetSex;

/** A pet as the owner describes it; a returning customer's pets travel again unchanged. */
export type PetDetails = {
  name: string;
  species: Species;
  breed: string | null;
  sex: Sex | null;
  date_of_birth: string | null;
  weight_kg: number | null;
  microchip: string | null;
  notes: string | null;
};

export type CustomerRow = {
  id: string;
  full_name: string;
  email: string;
  phone: string;
  whatsapp: string | null;
  preferred_contact: ContactMethod;
  created_at: string;
  updated_at: string;
};

export type BookingRow = {
  id: string;
  reference: string;
  customer_id: string;
  status: Status;
  service_type: ServiceType;
  // The seed writes web_form, api and admin bookings; the importer (src/server/imports) writes import ones.
  source: BookingSource;
  origin_country: string;
  origin_city: string;
  destination_country: string;
  destination_city: string;
  travel_date: string;
  special_requests: string | null;
  consent_at: string;
  flight: FlightDetails | null;
  version: number;
  search_text: string;
  created_at: string;
  updated_at: string;
};

export type PetRow = PetDetails & { id: string; booking_id: string; position: number; created_at: string };

/** A booking event of the union (contracts/bookings/booking-events.ts); insertBatch validates each one. */
export type EventRow = BookingEventBody & { booking_id: string; created_at: string };

export type SeedBatch = { customers: CustomerRow[]; bookings: BookingRow[]; pets: PetRow[]; events: EventRow[] };
