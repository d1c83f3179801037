// The words shown for each kind of document and the file picker's types, without zod, for the public
// booking form's first load (src/contracts/bookings/booking-choices.ts says why).
import type { DocumentChannel, DocumentKind } from "@/lib/enum-values";

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  pet_passport: "Pet passport",
  vaccination_record: "Vaccination record",
  rabies_titer: "Rabies titer report",
  health_certificate: "Health certificate",
  import_permit: "Import permit",
  other: "Other",
};

export const DOCUMENT_CHANNEL_LABELS: Record<DocumentChannel, string> = {
  web_form: "booking form",
  api: "API",
  portal: "customer portal",
  back_office: "back office",
};

/** What the file picker offers; the server still decides the type from the bytes. */
export const ACCEPTED_DOCUMENT_TYPES = "application/pdf,image/jpeg,image/png,image/heic,image/heif,image/webp";
