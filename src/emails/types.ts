import type { BookingRoute } from "@/contracts/bookings/booking-route";
import type { FlightDetails } from "@/contracts/bookings/booking-views";
import type { DocumentKind } from "@/contracts/documents/schemas";

/** What every email knows about the company; filled from configuration at render time. */
export type EmailBrand = {
  name: string;
  legalName: string;
  appUrl: string;
  logoUrl: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
};

export type BookingSummary = {
  reference: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string;
  route: BookingRoute;
  pets: { name: string; species: string; breed?: string | null }[];
  specialRequests?: string | null;
};

export type BookingEmailData = {
  booking: BookingSummary;
  /**
   * The customer's "Follow your booking" link (/track?r=…&t=…). Never in the outbox's data: the worker and
   * the admin preview add it at render time, for the customer's emails only.
   */
  trackUrl?: string;
};
export type FlightEmailData = BookingEmailData & { flight: FlightDetails; correction?: boolean };
export type AccountLinkData = {
  name: string;
  url: string;
  expiresInMinutes: number;
  role?: string;
  invitedBy?: string;
};

/** A customer added a document on the portal: sent to the booking's assignee, or operations. */
export type DocumentUploadedData = {
  booking: { reference: string; customerName: string };
  /** `petName` is null when the document is not about one pet. */
  document: { kind: DocumentKind; name: string; petName: string | null };
  /** `${APP_URL}/admin/bookings/{reference}`: the record page, where the document opens. */
  recordUrl: string;
};

/** The team posted an update for the customer and chose to email it (the photo stays on the booking's page). */
export type JourneyUpdateData = {
  booking: { reference: string; customerName: string };
  /** The update's words, exactly as posted: rendered as text, line breaks kept. */
  text: string;
  hasPhoto: boolean;
  /** "Follow your booking": added by the worker when it sends (never stored). */
  trackUrl?: string;
};

/** Something on the server failed (the nightly backup, a service): sent to OPS_EMAIL with its log. */
export type OpsAlertData = {
  /** What failed, in a few words ("pawpath-backup.service failed on bookings-1"). */
  subject: string;
  /** The systemd unit or job that failed, when known. */
  unit?: string;
  host: string;
  /** ISO time the alert was raised. */
  occurredAt: string;
  /** The last lines of its log, exactly as written (shown as text). */
  logTail: string;
};
