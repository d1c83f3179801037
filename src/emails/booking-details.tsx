import { Section, Text } from "@react-email/components";
import { countryName } from "@/lib/countries";
import { formatCalendarDay } from "@/lib/format-date-time";
import { emailStyles } from "./layout";
import type { BookingSummary } from "./types";

const serviceLabels: Record<string, string> = {
  export_from_uae: "Export from the UAE",
  import_to_uae: "Import to the UAE",
  international: "Other international",
  domestic: "Domestic",
};

/** Owner, route and pets of a booking, as every booking email shows them. */
export function BookingDetails({ booking, showContact = false }: { booking: BookingSummary; showContact?: boolean }) {
  const { route } = booking;
  return (
    <Section style={emailStyles.box}>
      <Text style={emailStyles.label}>Owner</Text>
      <Text style={emailStyles.value}>
        {booking.customerName}
        {showContact ? `\n${booking.customerEmail} · ${booking.customerPhone}` : ""}
      </Text>
      <Text style={emailStyles.label}>Route</Text>
      <Text style={emailStyles.value}>
        {route.originCity}, {countryName(route.originCountry)} → {route.destinationCity},{" "}
        {countryName(route.destinationCountry)}
      </Text>
      <Text style={emailStyles.label}>Preferred travel date</Text>
      <Text style={emailStyles.value}>
        {formatCalendarDay(route.travelDate)} · {serviceLabels[route.serviceType] ?? route.serviceType}
      </Text>
      <Text style={emailStyles.label}>{booking.pets.length === 1 ? "Pet" : "Pets"}</Text>
      <Text style={emailStyles.value}>
        {booking.pets.map((pet) => `${pet.name} (${[pet.species, pet.breed].filter(Boolean).join(", ")})`).join("\n")}
      </Text>
      {booking.specialRequests ? (
        <>
          <Text style={emailStyles.label}>Special requests</Text>
          <Text style={emailStyles.value}>{booking.specialRequests}</Text>
        </>
      ) : null}
    </Section>
  );
}
