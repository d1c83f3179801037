"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { AlertCircle, Loader2 } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { PublicJourney } from "@/contracts/journey/journey";
import { JourneyView } from "./journey-view";

type Fields = { reference?: string; email?: string };
type Outcome = { journey: PublicJourney } | { problem: string; fields?: Fields } | null;

const NOT_FOUND = "No booking matches this reference and email. Check both and try again.";
const FAILED = "We could not look up the booking just now. Please try again in a moment.";

/** "in about 7 minutes" from a Retry-After in seconds (never less than a minute). */
function waitFor(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0) return "Please try again later.";
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Please try again later, in about ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** Reads a tracking answer: the journey, or the sentence to show for a refusal. */
async function outcomeOf(response: Response): Promise<Outcome> {
  if (response.ok) return { journey: (await response.json()) as PublicJourney };
  if (response.status === 404) return { problem: NOT_FOUND };
  if (response.status === 429)
    return {
      problem: `There have been too many tries to look up this booking. ${waitFor(response.headers.get("Retry-After"))}`,
    };
  if (response.status === 400) {
    const body = (await response.json().catch(() => null)) as { error?: { fields?: Fields } } | null;
    return { problem: "Check the booking reference and email.", fields: body?.error?.fields };
  }
  return { problem: FAILED };
}

type TrackLookupProps = {
  /** From an emailed "Follow your booking" link: the journey loads at once. */
  link?: { reference: string; token: string };
  /** A reference to start from (the thank-you page's link): the person adds the email. */
  reference?: string;
};

/** The public lookup: a booking reference and the booking's email show its journey, without personal data. */
export function TrackLookup({ link, reference }: TrackLookupProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(Boolean(link));
  // Each answer mounts its alert afresh, so the same sentence twice is announced twice.
  const [attempt, setAttempt] = useState(0);
  const linkReference = link?.reference;
  const linkToken = link?.token;

  useEffect(() => {
    if (!linkReference || !linkToken) return;
    let current = true;
    const url = `/api/v1/track/${encodeURIComponent(linkReference)}?t=${encodeURIComponent(linkToken)}`;
    void fetch(url, { cache: "no-store" })
      .then(async (response) =>
        // A stale or altered link says so in words of its own; the form below still works.
        response.status === 404
          ? { problem: "This link has expired or is not valid. Enter the booking reference and email instead." }
          : outcomeOf(response),
      )
      .catch(() => ({ problem: FAILED }))
      .then((next) => {
        if (!current) return;
        setOutcome(next);
        setBusy(false);
      });
    return () => {
      current = false;
    };
  }, [linkReference, linkToken]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const next = await fetch("/api/v1/track", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        reference: String(form.get("reference")).trim(),
        email: String(form.get("email")).trim(),
      }),
    })
      .then(outcomeOf)
      .catch(() => ({ problem: FAILED }));
    setOutcome(next);
    setAttempt((count) => count + 1);
    setBusy(false);
  }

  const fields = outcome && "fields" in outcome ? (outcome.fields ?? {}) : {};
  const fieldError = (name: keyof Fields) =>
    fields[name] ? (
      <p id={`${id}-${name}-error`} className="text-sm font-medium text-destructive">
        {fields[name]}
      </p>
    ) : null;

  return (
    <div className="grid gap-6">
      <form
        onSubmit={submit}
        noValidate
        className="grid gap-4 rounded-xl border bg-card p-4 sm:p-5"
        aria-label="Find your booking"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-reference`}>Booking reference</Label>
            <Input
              id={`${id}-reference`}
              name="reference"
              required
              autoComplete="off"
              autoCapitalize="characters"
              defaultValue={link?.reference ?? reference}
              aria-invalid={fields.reference ? true : undefined}
              aria-describedby={`${id}-reference-hint${fields.reference ? ` ${id}-reference-error` : ""}`}
            />
            <p id={`${id}-reference-hint`} className="text-sm text-muted-foreground">
              It is in our emails, for example PP-2026-00042.
            </p>
            {fieldError("reference")}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-email`}>Email</Label>
            <Input
              id={`${id}-email`}
              name="email"
              type="email"
              required
              autoComplete="email"
              aria-invalid={fields.email ? true : undefined}
              aria-describedby={`${id}-email-hint${fields.email ? ` ${id}-email-error` : ""}`}
            />
            <p id={`${id}-email-hint`} className="text-sm text-muted-foreground">
              The address the booking was made with.
            </p>
            {fieldError("email")}
          </div>
        </div>
        <div>
          <Button type="submit" disabled={busy}>
            {busy && <Loader2 aria-hidden="true" className="animate-spin" />}
            Find the booking
          </Button>
        </div>
      </form>
      {outcome && "problem" in outcome && (
        <Alert key={attempt} variant="destructive">
          <AlertCircle aria-hidden="true" />
          <AlertDescription>{outcome.problem}</AlertDescription>
        </Alert>
      )}
      {outcome && "journey" in outcome && <JourneyView journey={outcome.journey} />}
    </div>
  );
}
