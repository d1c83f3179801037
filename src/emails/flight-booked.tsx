import { Section, Text } from "@react-email/components";
import { BookingDetails } from "./booking-details";
import { EmailLayout, emailStyles } from "./layout";
import type { EmailBrand, FlightEmailData } from "./types";

function formatTime(iso: string) {
  // Shown in the airport's own offset as given, e.g. "14 Mar 2027, 02:35 (+04:00)".
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, day, time, offset] = match;
  const date = new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return `${date}, ${time} (${offset === "Z" ? "UTC" : offset})`;
}

export function FlightBookedEmail({
  brand,
  booking,
  flight,
  correction,
  trackUrl,
}: FlightEmailData & { brand: EmailBrand }) {
  return (
    <EmailLayout
      brand={brand}
      preview={`${flight.airline} ${flight.flightNumber}: your pets' flight is booked`}
      trackUrl={trackUrl}
    >
      <Text style={emailStyles.heading}>
        {correction ? "Your pets' flight details have changed" : "Your pets' flight is booked"}
      </Text>
      <Text style={emailStyles.text}>
        Dear {booking.customerName}, here are the flight details for booking {booking.reference}.
      </Text>
      <Section style={emailStyles.box}>
        <Text style={emailStyles.label}>Flight</Text>
        <Text style={emailStyles.value}>
          {flight.airline} {flight.flightNumber}
        </Text>
        <Text style={emailStyles.label}>Departs</Text>
        <Text style={emailStyles.value}>
          {flight.departureAirport} · {formatTime(flight.departureTime)}
        </Text>
        <Text style={emailStyles.label}>Arrives</Text>
        <Text style={emailStyles.value}>
          {flight.arrivalAirport} · {formatTime(flight.arrivalTime)}
        </Text>
        {flight.airWaybill ? (
          <>
            <Text style={emailStyles.label}>Air waybill</Text>
            <Text style={emailStyles.value}>{flight.airWaybill}</Text>
          </>
        ) : null}
      </Section>
      <Text style={emailStyles.text}>We will be in touch before departure with drop-off time and place.</Text>
      <BookingDetails booking={booking} />
    </EmailLayout>
  );
}
