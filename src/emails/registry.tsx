import { InvitationEmail, PasswordResetEmail, SignInLinkEmail } from "./account-link";
import { BookingReceivedEmail } from "./booking-received";
import {
  BookingCancelledEmail,
  BookingCompletedEmail,
  BookingConfirmedEmail,
  BookingInProgressEmail,
} from "./booking-status";
import { DocumentUploadedEmail, documentKindLabel } from "./document-uploaded";
import { FlightBookedEmail } from "./flight-booked";
import { JourneyUpdateEmail } from "./journey-update";
import { NewBookingEmail } from "./new-booking";
import { OpsAlertEmail } from "./ops-alert";
import {
  sampleAccountLink,
  sampleBooking,
  sampleDocumentUploaded,
  sampleFlight,
  sampleJourneyUpdate,
  sampleOpsAlert,
  sampleTrackUrl,
} from "./samples";
import type {
  AccountLinkData,
  BookingEmailData,
  DocumentUploadedData,
  EmailBrand,
  FlightEmailData,
  JourneyUpdateData,
  OpsAlertData,
} from "./types";

type Template<D> = {
  label: string;
  subject: (data: D, brand: EmailBrand) => string;
  render: (data: D, brand: EmailBrand) => React.ReactElement;
  sample: D;
};

const define = <D,>(template: Template<D>) => template;

// The customer's emails preview with a sample "Follow your booking" link.
const customerSample = { ...sampleBooking, trackUrl: sampleTrackUrl };

/** Every email the system sends: one template per purpose, each with sample data for its preview. */
export const emailTemplates = {
  booking_received: define<BookingEmailData>({
    label: "Booking received (customer)",
    subject: (d) => `We have your booking ${d.booking.reference}`,
    render: (d, brand) => <BookingReceivedEmail brand={brand} {...d} />,
    sample: customerSample,
  }),
  new_booking: define<BookingEmailData & { source?: string }>({
    label: "New booking (operations)",
    subject: (d) => `New booking ${d.booking.reference}: ${d.booking.customerName}`,
    render: (d, brand) => <NewBookingEmail brand={brand} {...d} />,
    sample: { ...sampleBooking, source: "web_form" },
  }),
  booking_confirmed: define<BookingEmailData>({
    label: "Status: confirmed",
    subject: (d) => `Booking ${d.booking.reference} is confirmed`,
    render: (d, brand) => <BookingConfirmedEmail brand={brand} {...d} />,
    sample: customerSample,
  }),
  booking_in_progress: define<BookingEmailData>({
    label: "Status: in progress",
    subject: (d) => `We are preparing ${d.booking.reference}`,
    render: (d, brand) => <BookingInProgressEmail brand={brand} {...d} />,
    sample: customerSample,
  }),
  flight_booked: define<FlightEmailData>({
    label: "Status: flight booked",
    subject: (d) =>
      `${d.correction ? "Updated flight" : "Flight booked"} for ${d.booking.reference}: ${d.flight.airline} ${d.flight.flightNumber}`,
    render: (d, brand) => <FlightBookedEmail brand={brand} {...d} />,
    sample: { ...sampleFlight, trackUrl: sampleTrackUrl },
  }),
  booking_completed: define<BookingEmailData>({
    label: "Status: completed",
    subject: (d) => `Booking ${d.booking.reference} is complete`,
    render: (d, brand) => <BookingCompletedEmail brand={brand} {...d} />,
    sample: customerSample,
  }),
  booking_cancelled: define<BookingEmailData>({
    label: "Status: cancelled",
    subject: (d) => `Booking ${d.booking.reference} is cancelled`,
    render: (d, brand) => <BookingCancelledEmail brand={brand} {...d} />,
    sample: customerSample,
  }),
  journey_update: define<JourneyUpdateData>({
    label: "Update from the team (customer)",
    subject: (d) => `An update on your booking ${d.booking.reference}`,
    render: (d, brand) => <JourneyUpdateEmail brand={brand} {...d} />,
    sample: { ...sampleJourneyUpdate, trackUrl: sampleTrackUrl },
  }),
  document_uploaded: define<DocumentUploadedData>({
    label: "Document added by the customer (assignee or operations)",
    subject: (d) =>
      `${d.booking.reference}: ${d.booking.customerName} added a document (${documentKindLabel(d.document.kind)})`,
    render: (d, brand) => <DocumentUploadedEmail brand={brand} {...d} />,
    sample: sampleDocumentUploaded,
  }),
  invitation: define<AccountLinkData>({
    label: "Account: invitation",
    subject: (_d, brand) => `You are invited to ${brand.name} Bookings`,
    render: (d, brand) => <InvitationEmail brand={brand} {...d} />,
    sample: sampleAccountLink,
  }),
  password_reset: define<AccountLinkData>({
    label: "Account: password reset",
    subject: (_d, brand) => `Reset your ${brand.name} password`,
    render: (d, brand) => <PasswordResetEmail brand={brand} {...d} />,
    sample: sampleAccountLink,
  }),
  sign_in_link: define<AccountLinkData>({
    label: "Account: sign-in link",
    subject: (_d, brand) => `Your ${brand.name} sign-in link`,
    render: (d, brand) => <SignInLinkEmail brand={brand} {...d} />,
    sample: sampleAccountLink,
  }),
  ops_alert: define<OpsAlertData>({
    label: "Operations alert: a server job failed (OPS_EMAIL)",
    subject: (d) => `[${d.host}] ${d.subject}`,
    render: (d, brand) => <OpsAlertEmail brand={brand} {...d} />,
    sample: sampleOpsAlert,
  }),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<T extends EmailTemplateName> = (typeof emailTemplates)[T]["sample"];

export function isEmailTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(emailTemplates, value);
}
