// The allowed values of the enumerations, defined once: the database enums
// (src/db/schema/enums.ts) and the validation schemas (src/contracts/bookings/schemas.ts) both use them.
export const BOOKING_STATUSES = [
  "pending",
  "confirmed",
  "in_progress",
  "flight_booked",
  "completed",
  "cancelled",
] as const;
export const SERVICE_TYPES = ["export_from_uae", "import_to_uae", "international", "domestic"] as const;
export const BOOKING_SOURCES = ["web_form", "api", "admin", "import"] as const;
export const CONTACT_METHODS = ["email", "phone", "whatsapp"] as const;
export const PET_SPECIES = ["dog", "cat", "other"] as const;
export const PET_SEXES = ["male", "female", "unknown"] as const;
export const EMAIL_STATUSES = ["queued", "sending", "sent", "failed", "dead"] as const;
export const ROLES = ["admin", "staff", "customer"] as const;
export const DOCUMENT_KINDS = [
  "pet_passport",
  "vaccination_record",
  "rabies_titer",
  "health_certificate",
  "import_permit",
  "other",
] as const;
// pending: waiting for its bytes and their check; ready: checked; rejected: refused (the object is gone).
export const DOCUMENT_STATUSES = ["pending", "ready", "rejected"] as const;
export const DOCUMENT_CHANNELS = ["web_form", "api", "portal", "back_office"] as const;

// Their types, declared once here beside the values; the contracts and the seed take them from here.
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type BookingSource = (typeof BOOKING_SOURCES)[number];
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export type PetSpecies = (typeof PET_SPECIES)[number];
export type PetSex = (typeof PET_SEXES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type DocumentChannel = (typeof DOCUMENT_CHANNELS)[number];
