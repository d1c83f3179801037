import type { BookingDetail } from "@/contracts/bookings/booking-views";
import { CountryFlag } from "@/components/ui/country-flag";
import { countryName } from "@/lib/countries";
import { SERVICE_TYPE_LABELS, type ServiceType } from "@/contracts/bookings/schemas";
import { Facts, RecordSection } from "./record-section";
import { formatAsStored, formatCalendarDay } from "@/lib/format-date-time";

const SPECIES = { dog: "Dog", cat: "Cat", other: "Other" } as Record<string, string>;
const SEX = { male: "Male", female: "Female", unknown: "Not sure" } as Record<string, string>;
const CONTACT = { email: "Email", phone: "Phone call", whatsapp: "WhatsApp" } as Record<string, string>;

/** The booking's facts as the customer gave them (and the team corrected them): read-only. */
export function BookingDetails({
  booking,
  flightZones,
  children,
}: {
  booking: BookingDetail;
  /** Each airport's IANA zone, when known, so its times say whose clock they are on. */
  flightZones?: { departure: string | null; arrival: string | null };
  children?: React.ReactNode;
}) {
  const { customer, flight } = booking;
  return (
    <>
      <RecordSection title="Customer">
        <Facts
          items={[
            ["Name", customer.fullName],
            [
              "Email",
              <a
                key="email"
                className="text-primary underline-offset-4 hover:underline"
                href={`mailto:${customer.email}`}
              >
                {customer.email}
              </a>,
            ],
            ["Phone", customer.phone],
            ["WhatsApp", customer.whatsapp],
            ["Prefers", CONTACT[customer.preferredContact] ?? customer.preferredContact],
          ]}
        />
      </RecordSection>
      {booking.pets.map((pet, index) => (
        <RecordSection key={pet.id} title={`Pet ${index + 1}: ${pet.name}`}>
          <Facts
            items={[
              ["Species", SPECIES[pet.species] ?? pet.species],
              ["Breed", pet.breed],
              ["Sex", pet.sex ? (SEX[pet.sex] ?? pet.sex) : null],
              ["Date of birth", pet.dateOfBirth ? formatCalendarDay(pet.dateOfBirth) : null],
              ["Weight", pet.weightKg ? `${Number(pet.weightKg)} kg` : null],
              ["Microchip", pet.microchip],
              ["Notes", pet.notes],
            ]}
          />
        </RecordSection>
      ))}
      <RecordSection title="Route and travel">
        <Facts
          items={[
            ["From", <Place key="origin" code={booking.originCountry} city={booking.originCity} />],
            ["To", <Place key="destination" code={booking.destinationCountry} city={booking.destinationCity} />],
            ["Travel date", formatCalendarDay(booking.travelDate)],
            ["Service", SERVICE_TYPE_LABELS[booking.serviceType as ServiceType] ?? booking.serviceType],
            ["Booked via", booking.source.replace("_", " ")],
          ]}
        />
      </RecordSection>
      <RecordSection title="Flight details">
        {flight ? (
          <Facts
            items={[
              ["Flight", `${flight.airline} ${flight.flightNumber}`],
              [
                "Departs",
                `${flight.departureAirport} · ${formatAsStored(flight.departureTime, flightZones?.departure)}`,
              ],
              ["Arrives", `${flight.arrivalAirport} · ${formatAsStored(flight.arrivalTime, flightZones?.arrival)}`],
              ["Air waybill", flight.airWaybill],
            ]}
          />
        ) : (
          <p className="text-sm text-muted-foreground">
            No flight yet: the details are entered when the booking moves to flight booked.
          </p>
        )}
        {children}
      </RecordSection>
      <RecordSection title="Special requests">
        <p className="text-sm break-words whitespace-pre-wrap">
          {booking.specialRequests || <span className="text-muted-foreground">None.</span>}
        </p>
      </RecordSection>
    </>
  );
}

/** "🇦🇪 Dubai, United Arab Emirates (AE)", the flag an image. */
function Place({ code, city }: { code: string; city: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <CountryFlag code={code} decorative />
      {city}, {countryName(code)} ({code})
    </span>
  );
}
