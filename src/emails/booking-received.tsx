import { Text } from "@react-email/components";
import { BookingDetails } from "./booking-details";
import { EmailLayout, emailStyles } from "./layout";
import type { BookingEmailData, EmailBrand } from "./types";

export function BookingReceivedEmail({ brand, booking, trackUrl }: BookingEmailData & { brand: EmailBrand }) {
  return (
    <EmailLayout brand={brand} preview={`Your booking reference is ${booking.reference}`} trackUrl={trackUrl}>
      <Text style={emailStyles.heading}>We have your booking</Text>
      <Text style={emailStyles.text}>
        Dear {booking.customerName}, thank you for choosing {brand.name}. Your reference is
      </Text>
      <Text style={emailStyles.reference}>{booking.reference}</Text>
      <BookingDetails booking={booking} />
      <Text style={emailStyles.text}>What happens next:</Text>
      <Text style={emailStyles.text}>
        1. A relocation specialist reviews your booking within one working day.{"\n"}
        2. We contact you to confirm the route, the dates and the price.{"\n"}
        3. We send you the list of documents and vet visits your destination requires.
      </Text>
      <Text style={emailStyles.muted}>Reply to this email or quote {booking.reference} whenever you contact us.</Text>
    </EmailLayout>
  );
}
