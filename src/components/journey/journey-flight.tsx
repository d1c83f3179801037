import { PlaneLanding, PlaneTakeoff } from "lucide-react";
import type { FlightDetails } from "@/contracts/bookings/booking-views";
import type { FlightTimeZones } from "@/contracts/journey/journey";
import { formatAsStored } from "@/lib/format-date-time";

/** The booked flight; its times are each airport's local time, exactly as the airline gave them, naming the zone. */
export function JourneyFlight({
  flight,
  timeZones,
}: {
  flight: FlightDetails | null;
  timeZones: FlightTimeZones | null;
}) {
  return (
    <section aria-labelledby="journey-flight" className="grid gap-3">
      <h2 id="journey-flight" className="text-base font-semibold">
        Flight
      </h2>
      {flight ? (
        <>
          <p className="text-sm font-medium">
            {flight.airline} {flight.flightNumber}
          </p>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div className="grid gap-0.5">
              <dt className="flex items-center gap-1.5 text-muted-foreground">
                <PlaneTakeoff aria-hidden="true" className="size-4" /> Departs from {flight.departureAirport}
              </dt>
              <dd>
                <time dateTime={flight.departureTime}>
                  {formatAsStored(flight.departureTime, timeZones?.departure)}
                </time>
              </dd>
            </div>
            <div className="grid gap-0.5">
              <dt className="flex items-center gap-1.5 text-muted-foreground">
                <PlaneLanding aria-hidden="true" className="size-4" /> Arrives at {flight.arrivalAirport}
              </dt>
              <dd>
                <time dateTime={flight.arrivalTime}>{formatAsStored(flight.arrivalTime, timeZones?.arrival)}</time>
              </dd>
            </div>
            {flight.airWaybill && (
              <div className="grid gap-0.5">
                <dt className="text-muted-foreground">Air waybill</dt>
                <dd className="font-mono">{flight.airWaybill}</dd>
              </div>
            )}
          </dl>
          <p className="text-xs text-muted-foreground">Times are local to each airport.</p>
        </>
      ) : (
        <p className="text-sm text-muted-foreground">The flight is not booked yet. We will show it here once it is.</p>
      )}
    </section>
  );
}
