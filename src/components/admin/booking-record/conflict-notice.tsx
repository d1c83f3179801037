"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeStoredEvent } from "@/contracts/bookings/timeline-words";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";

// As the server sent them (JSON): read with the same tolerant parser as the timeline.
type ChangeEvent = { type: string; actorId: string | null; data: unknown; createdAt: Date | string };

function changeEventsOf(details: Record<string, unknown> | undefined): ChangeEvent[] {
  const events = details?.changesSince;
  return Array.isArray(events)
    ? (events as ChangeEvent[]).filter((event) => event && typeof event.type === "string")
    : [];
}

type ConflictNoticeProps = {
  message: string;
  details: Record<string, unknown> | undefined;
  names: Map<string, string>;
  reloading: boolean;
  onReload: () => void;
};

/** A refused save: what colleagues changed since this person opened the booking, in plain words. */
export function ConflictNotice({ message, details, names, reloading, onReload }: ConflictNoticeProps) {
  const events = changeEventsOf(details);
  return (
    <Alert variant="destructive">
      <AlertTitle>Your changes were not saved</AlertTitle>
      <AlertDescription className="grid gap-2">
        <p>{message}</p>
        {events.length > 0 && (
          <ul aria-label="Changes made since you opened the booking" className="list-disc space-y-1 pl-5">
            {events.map((event, index) => {
              const words = describeStoredEvent(event.type, event.data);
              const who = event.actorId ? (names.get(event.actorId) ?? "a colleague") : "the system";
              return (
                <li key={index}>
                  {words.title} by {who}, {formatInstant(event.createdAt, brand.timeZone)}
                  {words.lines.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        )}
        <p>
          Your edits are still in the form. Load the booking as it is now; your edits stay on top of it, then check them
          and save again.
        </p>
        <Button type="button" variant="outline" className="justify-self-start" disabled={reloading} onClick={onReload}>
          {reloading ? "Loading…" : "Load their changes and keep mine"}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
