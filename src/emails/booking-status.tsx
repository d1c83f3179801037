import { Text } from "@react-email/components";
import { BookingDetails } from "./booking-details";
import { EmailLayout, emailStyles } from "./layout";
import type { BookingEmailData, EmailBrand } from "./types";

type StatusEmailProps = BookingEmailData & {
  brand: EmailBrand;
  heading: string;
  paragraphs: string[];
  preview: string;
};

/** The shared body of the per-status emails: a heading, the news, and the booking. */
export function BookingStatusEmail({ brand, booking, heading, paragraphs, preview, trackUrl }: StatusEmailProps) {
  return (
    <EmailLayout brand={brand} preview={preview} trackUrl={trackUrl}>
      <Text style={emailStyles.heading}>{heading}</Text>
      <Text style={emailStyles.text}>Dear {booking.customerName},</Text>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph} style={emailStyles.text}>
          {paragraph}
        </Text>
      ))}
      <Text style={emailStyles.label}>Reference</Text>
      <Text style={emailStyles.reference}>{booking.reference}</Text>
      <BookingDetails booking={booking} />
    </EmailLayout>
  );
}

type Props = BookingEmailData & { brand: EmailBrand };

export function BookingConfirmedEmail(props: Props) {
  return (
    <BookingStatusEmail
      {...props}
      heading="Your booking is confirmed"
      preview={`Booking ${props.booking.reference} is confirmed`}
      paragraphs={[
        "Good news: we have confirmed your pets' relocation. Your specialist will send you the document checklist and the next steps shortly.",
      ]}
    />
  );
}

export function BookingInProgressEmail(props: Props) {
  return (
    <BookingStatusEmail
      {...props}
      heading="We are preparing the journey"
      preview={`Booking ${props.booking.reference} is in progress`}
      paragraphs={[
        "We are now working on the paperwork, vet appointments and the flight for your pets. We will tell you as soon as the flight is booked.",
      ]}
    />
  );
}

export function BookingCompletedEmail(props: Props) {
  return (
    <BookingStatusEmail
      {...props}
      heading="Your pets have arrived"
      preview={`Booking ${props.booking.reference} is complete`}
      paragraphs={[
        "The relocation is complete. Thank you for trusting us with your family; we would love to hear how the journey went.",
      ]}
    />
  );
}

export function BookingCancelledEmail(props: Props) {
  return (
    <BookingStatusEmail
      {...props}
      heading="Your booking is cancelled"
      preview={`Booking ${props.booking.reference} is cancelled`}
      paragraphs={[
        "Your booking has been cancelled. If this is unexpected, or you would like to book again, reply to this email and we will help.",
      ]}
    />
  );
}
