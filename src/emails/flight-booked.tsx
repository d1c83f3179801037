import { Section, Text } from "@react-email/components";
import { formatAsStored } from "@/lib/format-date-time";
import { airportTimeZone } from "@/server/airports/airport-time-zones";
import { BookingDetails } from "./booking-details";
import { EmailLayout, emailStyles } from "./layout";
import type { EmailBrand, FlightEmailData } from "./types";

/** Each airport's own time, as the airline gave it, naming its zone: "14 Mar 2027, 02:35 Dubai time (UTC+04:00)". */
const formatTime = (iso: string, airport: string) => formatAsStored(iso, airportTimeZone(airport));

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
          {flight.departureAirport} · {formatTime(flight.departureTime, flight.departureAirport)}
        </Text>
        <Text style={emailStyles.label}>Arrives</Text>
        <Text style={emailStyles.value}>
          {flight.arrivalAirport} · {formatTime(flight.arrivalTime, flight.arrivalAirport)}
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
