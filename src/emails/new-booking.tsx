import { Button, Text } from "@react-email/components";
import { BookingDetails } from "./booking-details";
import { EmailLayout, emailStyles } from "./layout";
import type { BookingEmailData, EmailBrand } from "./types";

export function NewBookingEmail({ brand, booking, source }: BookingEmailData & { brand: EmailBrand; source?: string }) {
  return (
    <EmailLayout brand={brand} preview={`New booking ${booking.reference} from ${booking.customerName}`}>
      <Text style={emailStyles.heading}>New booking {booking.reference}</Text>
      <Text style={emailStyles.text}>
        {booking.customerName} booked {source === "api" ? "through the API" : "on the booking form"}.
      </Text>
      <BookingDetails booking={booking} showContact />
      <Button
        href={`${brand.appUrl}/admin/bookings/${encodeURIComponent(booking.reference)}`}
        style={emailStyles.button}
      >
        Open the booking
      </Button>
    </EmailLayout>
  );
}
