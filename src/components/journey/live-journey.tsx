"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Journey } from "@/contracts/journey/journey";
import { describeChange } from "./journey-changes";
import { JourneyView } from "./journey-view";
import { OwnerDocuments } from "./owner-documents";
import { useRefreshAtFlightTimes } from "./use-refresh-at-flight-times";

/** How often the page asks for the journey when the live stream is not there. */
const POLL_MS = 30_000;
/** A stream that has not opened by then is treated as blocked (a proxy, a firewall): poll instead. */
const OPEN_TIMEOUT_MS = 5_000;

type LiveJourneyProps = { initial: Journey; mayUpload: boolean };

const journeyUrl = (reference: string) => `/api/v1/me/bookings/${encodeURIComponent(reference)}/journey`;

/**
 * The owner's journey, kept current without a reload: the server's live stream says when its version
 * changed, and the page fetches it again (If-None-Match, so an unchanged journey costs a 304). Without
 * a stream (blocked, closed, never opened) it asks every 30 seconds instead.
 */
export function LiveJourney({ initial, mayUpload }: LiveJourneyProps) {
  const [journey, setJourney] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const shown = useRef(initial);
  const etag = useRef<string | null>(null);
  const { reference } = initial;

  // The server rendered again (after an upload's refresh): take its journey when it is as new as ours.
  const [serverJourney, setServerJourney] = useState(initial);
  if (initial !== serverJourney) {
    setServerJourney(initial);
    if (initial.version >= journey.version) setJourney(initial);
  }
  useEffect(() => {
    shown.current = journey;
  }, [journey]);

  const refresh = useCallback(async () => {
    const response = await fetch(journeyUrl(reference), {
      headers: etag.current ? { "If-None-Match": etag.current } : {},
      cache: "no-store",
    }).catch(() => null);
    // 304: nothing changed. A failure keeps what is shown; the next event or poll tries again.
    if (!response || response.status === 304 || !response.ok) return;
    etag.current = response.headers.get("ETag");
    const next = (await response.json()) as Journey;
    const before = shown.current;
    shown.current = next;
    setJourney(next);
    // The step also moves with no new version: "in the air" and "arrived" follow from the flight's times.
    const currentStep = (shownJourney: Journey) => shownJourney.steps.find((step) => step.current)?.key;
    if (next.version !== before.version || currentStep(next) !== currentStep(before))
      setAnnouncement(describeChange(before, next));
  }, [reference]);
  const refreshNow = useCallback(() => void refresh(), [refresh]);
  useRefreshAtFlightTimes(journey, refreshNow);

  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | undefined;
    const startPolling = () => {
      poll ??= setInterval(() => void refresh(), POLL_MS);
    };
    const stopPolling = () => {
      clearInterval(poll);
      poll = undefined;
    };
    if (typeof EventSource === "undefined") {
      startPolling();
      return stopPolling;
    }
    const source = new EventSource(`/api/v1/me/bookings/${encodeURIComponent(reference)}/events`);
    let opened = false;
    const neverOpened = setTimeout(() => {
      if (!opened) startPolling();
    }, OPEN_TIMEOUT_MS);
    source.addEventListener("open", () => {
      // A stream that opens again after a break may have missed an event: look once, then rely on it.
      if (opened || poll !== undefined) void refresh();
      opened = true;
      stopPolling();
    });
    source.addEventListener("journey", (event) => {
      const { version } = JSON.parse((event as MessageEvent<string>).data) as { version?: number };
      if (version !== shown.current.version) void refresh();
    });
    source.addEventListener("error", () => {
      // CLOSED: the browser gave up (an error answer, the wrong type). CONNECTING: it retries by itself, but
      // may not get through for a while; poll meanwhile, and stop once it opens again.
      startPolling();
    });
    return () => {
      clearTimeout(neverOpened);
      stopPolling();
      source.close();
    };
  }, [reference, refresh]);

  return (
    <JourneyView
      journey={journey}
      documents={<OwnerDocuments journey={journey} mayUpload={mayUpload} />}
      status={
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground not-empty:mt-2">
          {announcement}
        </p>
      }
    />
  );
}
