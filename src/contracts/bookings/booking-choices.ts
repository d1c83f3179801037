// The booking form's fixed choices and their words, without zod: the public form imports these when its
// page loads, while its schema (zod and the phone-number rules, about 250 KB of script) loads only once
// a person starts filling it in (src/components/form/use-zod-form.ts).
import type { BookingStatus, ServiceType } from "@/lib/enum-values";

export const MAX_PETS = 10;

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  export_from_uae: "Export from the UAE",
  import_to_uae: "Import to the UAE",
  international: "Other international",
  domestic: "Domestic",
};

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: "Pending",
  confirmed: "Confirmed",
  in_progress: "In progress",
  flight_booked: "Flight booked",
  completed: "Completed",
  cancelled: "Cancelled",
};
