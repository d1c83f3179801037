"use client";

import { useMemo, useSyncExternalStore } from "react";
import { formatCalendarDay } from "@/lib/format-date-time";
import { parseBookedSummary, savedBookedSummary } from "./booked-summary";

// sessionStorage does not announce changes made in this tab; the summary is written before the page opens.
const subscribe = () => () => {};

/** The booking repeated back, in the tab that made it: pets, route, date and where the copy went. */
export function BookingReceivedSummary({ reference }: { reference: string }) {
  const saved = useSyncExternalStore(
    subscribe,
    () => savedBookedSummary(reference),
    () => null,
  );
  const summary = useMemo(() => parseBookedSummary(saved), [saved]);
  if (!summary)
    return (
      <p className="mt-4 text-muted-foreground">
        We have emailed you a copy of your booking, with a link to follow it.
      </p>
    );
  return (
    <section aria-labelledby="booked-summary-heading" className="mt-6 rounded-xl border bg-muted/40 p-4">
      <h2 id="booked-summary-heading" className="font-semibold">
        Your booking
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted-foreground">Pets</dt>
        <dd>{summary.pets.map((pet) => `${pet.name} (${pet.species})`).join(", ")}</dd>
        <dt className="text-muted-foreground">Route</dt>
        <dd>
          {summary.route.originCity} → {summary.route.destinationCity}
        </dd>
        <dt className="text-muted-foreground">Travel date</dt>
        <dd>{formatCalendarDay(summary.route.travelDate)}</dd>
      </dl>
      <p className="mt-3 text-sm">
        We have emailed a copy to <strong className="break-all">{summary.email}</strong>, with a link to follow your
        booking.
      </p>
    </section>
  );
}
