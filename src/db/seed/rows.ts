import "server-only";

// Rows as the batch insert reads them (column names as keys); the same shapes the intake writes.
import type { FlightDetails } from "../schema/bookings";
import type { contactMethod, petSex, petSpecies } from "../schema/enums";
import type { Status } from "./statuses";

export type ContactMethod = (typeof contactMethod.enumValues)[number];
export type Species = (typeof petSpecies.enumValues)[number];
export type Sex = (typeof petSex.enumValues)[number];

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
  service_type: "export_from_uae" | "import_to_uae" | "international" | "domestic";
  source: "web_form" | "api" | "admin";
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

export type EventRow = { booking_id: string; type: string; data: Record<string, unknown>; created_at: string };

export type SeedBatch = { customers: CustomerRow[]; bookings: BookingRow[]; pets: PetRow[]; events: EventRow[] };
