"use client";

import { useEffect, useState } from "react";
import type { Journey } from "@/contracts/journey/journey";

/** setTimeout's longest delay (about 24.8 days); a later moment is reached through a re-check at this point. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;
/** After the moment itself, so the server's clock has surely passed it too. */
const SLACK_MS = 2_000;

/**
 * "In the air" and "arrived" follow from the flight's own times, and no event marks them: an open page
 * asks for the journey again when the departure and the arrival times pass.
 */
export function useRefreshAtFlightTimes(journey: Journey, refresh: () => void): void {
  const { status, flight } = journey;
  const departureTime = flight?.departureTime;
  const arrivalTime = flight?.arrivalTime;
  // Bumped when the timer fires: the effect then waits for the next moment (arrival after departure, or a
  // moment beyond setTimeout's reach).
  const [recheck, setRecheck] = useState(0);
  useEffect(() => {
    if (status !== "flight_booked") return;
    const now = Date.now();
    const next = [departureTime, arrivalTime]
      .map((time) => (time ? Date.parse(time) : NaN))
      .filter((moment) => Number.isFinite(moment) && moment > now)
      .sort((a, b) => a - b)[0];
    if (next === undefined) return;
    const delay = next - now + SLACK_MS;
    const timer = setTimeout(
      () => {
        if (delay <= LONGEST_TIMEOUT_MS) refresh();
        setRecheck((count) => count + 1);
      },
      Math.min(delay, LONGEST_TIMEOUT_MS),
    );
    return () => clearTimeout(timer);
  }, [status, departureTime, arrivalTime, refresh, recheck]);
}
