import type {
  AccountLinkData,
  BookingEmailData,
  DocumentUploadedData,
  FlightEmailData,
  JourneyUpdateData,
  OpsAlertData,
} from "./types";

/** Sample data for previews: every template renders with it. */
export const sampleBooking: BookingEmailData = {
  booking: {
    reference: "PP-2026-00042",
    customerName: "Sara Al Mansoori",
    customerEmail: "sara@example.com",
    customerPhone: "+971 50 123 4567",
    route: {
      originCountry: "AE",
      originCity: "Dubai",
      destinationCountry: "GB",
      destinationCity: "London",
      travelDate: "2027-03-14",
      serviceType: "export_from_uae",
    },
    pets: [
      { name: "Luna", species: "cat", breed: "British Shorthair" },
      { name: "Max", species: "dog", breed: "Labrador Retriever" },
    ],
    specialRequests: "Please call before 10am.\nLuna is shy with strangers.",
  },
};

export const sampleFlight: FlightEmailData = {
  ...sampleBooking,
  flight: {
    airline: "Emirates",
    flightNumber: "EK 1",
    departureAirport: "DXB",
    departureTime: "2027-03-14T02:35:00+04:00",
    arrivalAirport: "LHR",
    arrivalTime: "2027-03-14T06:40:00+00:00",
    airWaybill: "176-12345675",
  },
};

export const sampleAccountLink: AccountLinkData = {
  name: "Omar Haddad",
  url: "https://bookings.pawpathsae.com/example-link",
  expiresInMinutes: 60,
  role: "staff",
  invitedBy: "Aisha (admin)",
};

export const sampleDocumentUploaded: DocumentUploadedData = {
  booking: { reference: sampleBooking.booking.reference, customerName: sampleBooking.booking.customerName },
  document: { kind: "rabies_titer", name: "luna-rabies-titer.pdf", petName: "Luna" },
  recordUrl: "https://bookings.pawpathsae.com/admin/bookings/PP-2026-00042",
};

/** The "Follow your booking" link of the customer templates' previews (a real one is made when sent). */
export const sampleTrackUrl = "https://bookings.pawpathsae.com/track?r=PP-2026-00042&t=sample-link-for-the-preview";

export const sampleJourneyUpdate: JourneyUpdateData = {
  booking: { reference: sampleBooking.booking.reference, customerName: sampleBooking.booking.customerName },
  text: "Luna had her health check this morning and the vet is very happy with her.\nHer crate is ready for the flight.",
  hasPhoto: true,
};

export const sampleOpsAlert: OpsAlertData = {
  subject: "pawpath-backup.service failed",
  unit: "pawpath-backup.service",
  host: "bookings-1",
  occurredAt: "2026-12-03T02:31:07Z",
  logTail:
    "Backing up to s3://pawpath-backups/nightly/2026-12-03T023100Z (PostgreSQL 16, /usr/lib/postgresql/16/bin)\n" +
    "backup.sh: the stored copy of database.dump does not match (stored: 0 e3b0c4…; made: 48213877 9f2c…): nothing older was deleted",
};
