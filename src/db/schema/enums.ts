import { pgEnum } from "drizzle-orm/pg-core";

// Keep in sync with the zod enums in src/server/bookings/schemas.ts.
export const bookingStatus = pgEnum("booking_status", [
  "pending",
  "confirmed",
  "in_progress",
  "flight_booked",
  "completed",
  "cancelled",
]);

export const serviceType = pgEnum("service_type", [
  "export_from_uae",
  "import_to_uae",
  "international",
  "domestic",
]);

export const bookingSource = pgEnum("booking_source", ["web_form", "api", "admin", "import"]);

export const contactMethod = pgEnum("contact_method", ["email", "phone", "whatsapp"]);

export const petSpecies = pgEnum("pet_species", ["dog", "cat", "other"]);

export const petSex = pgEnum("pet_sex", ["male", "female", "unknown"]);
