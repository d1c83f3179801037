import type { ReactNode } from "react";
import { StatusBadge } from "@/components/bookings/status-badge";
import type { Journey, PublicJourney } from "@/contracts/journey/journey";
import { countryName } from "@/lib/countries";
import { formatCalendarDay } from "@/lib/format-date-time";
import { JourneyContact } from "./journey-contact";
import { JourneyFlight } from "./journey-flight";
import { JourneySteps } from "./journey-steps";
import { JourneyUpdates } from "./journey-updates";
import { JOURNEY_STEP_SENTENCES, SPECIES_LABELS } from "./journey-words";

type JourneyViewProps = {
  journey: Journey | PublicJourney;
  /** The owner's documents (their view only), shown after the updates. */
  documents?: ReactNode;
  /** Shown under the summary: the live page's "Updated" line. */
  status?: ReactNode;
};

const card = "rounded-xl border bg-card p-4 sm:p-5";

/** One journey, for its owner (with documents and their coordinator) or for a tracking lookup (without). */
export function JourneyView({ journey, documents, status }: JourneyViewProps) {
  const current = journey.steps.find((step) => step.current)?.key ?? "received";
  const { route } = journey;
  const pets = journey.pets.map((pet) => `${pet.name} (${SPECIES_LABELS[pet.species]})`).join(", ");
  const owner = "customerFirstName" in journey ? `${journey.customerFirstName}'s booking` : "Your booking";
  return (
    <div className="grid gap-4">
      <section aria-labelledby="journey-summary" className={card}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="journey-summary" className="text-sm font-medium text-muted-foreground">
            {owner} <span className="font-mono text-base font-semibold text-foreground">{journey.reference}</span>
          </h2>
          <StatusBadge status={journey.status} />
        </div>
        <p className="mt-2 text-lg font-semibold">{JOURNEY_STEP_SENTENCES[current]}</p>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-muted-foreground">Pets</dt>
            <dd>{pets}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Route</dt>
            <dd>
              {route.originCity}, {countryName(route.originCountry)} to {route.destinationCity},{" "}
              {countryName(route.destinationCountry)}
            </dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Travel date</dt>
            <dd>
              <time dateTime={journey.travelDate}>{formatCalendarDay(journey.travelDate)}</time>
            </dd>
          </div>
        </dl>
        {status}
      </section>
      <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="journey-steps" className={card}>
          <h2 id="journey-steps" className="mb-3 text-base font-semibold">
            Journey
          </h2>
          <JourneySteps steps={journey.steps} />
        </section>
        <div className="grid content-start gap-4">
          <div className={card}>
            <JourneyFlight flight={journey.flight} timeZones={journey.flightTimeZones} />
          </div>
          <div className={card}>
            <JourneyUpdates updates={journey.updates} />
          </div>
        </div>
      </div>
      {documents && <div className={card}>{documents}</div>}
      <div className={card}>
        <JourneyContact contact={journey.contact} />
      </div>
    </div>
  );
}
