import Link from "next/link";
import type { TimelineEntry } from "@/contracts/bookings/timeline-words";
import { cn } from "@/lib/utils";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { WithdrawUpdateButton } from "./withdraw-update-button";

const toneDot: Record<TimelineEntry["tone"], string> = {
  default: "bg-muted-foreground/40",
  success: "bg-emerald-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
};

/**
 * Everything that happened to the booking, newest first, in plain words; emails link to their preview for
 * those who may read them, and admins may withdraw an update for the customer (given `reference`).
 */
export function TimelineList({
  entries,
  canOpenEmails,
  withdrawUpdatesOf,
}: {
  entries: TimelineEntry[];
  canOpenEmails: boolean;
  /** The booking's reference when this person may withdraw its updates for the customer. */
  withdrawUpdatesOf?: string;
}) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">Nothing has happened yet.</p>;
  return (
    <ol aria-label="Timeline" className="grid gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="flex gap-3 text-sm">
          <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", toneDot[entry.tone])} />
          <div className="grid min-w-0 gap-0.5">
            <p className="break-words">
              {entry.emailId && canOpenEmails ? (
                <Link
                  href={`/admin/emails/${entry.emailId}`}
                  className="text-primary underline-offset-4 hover:underline"
                >
                  {entry.title}
                </Link>
              ) : (
                entry.title
              )}
              {entry.actor && <span className="text-muted-foreground"> by {entry.actor}</span>}
            </p>
            {entry.lines.map((line, index) => (
              <p key={index} className="break-words whitespace-pre-wrap text-muted-foreground">
                {line}
              </p>
            ))}
            {entry.customerUpdate?.hasPhoto && <p className="text-muted-foreground">With a photo</p>}
            {entry.customerUpdate?.withdrawn && (
              <p className="font-medium text-amber-700 dark:text-amber-400">
                Withdrawn: the customer no longer sees it
              </p>
            )}
            <time className="text-xs text-muted-foreground" dateTime={entry.at.toISOString()}>
              {formatInstant(entry.at, brand.timeZone)}
            </time>
            {entry.customerUpdate && !entry.customerUpdate.withdrawn && withdrawUpdatesOf && (
              <WithdrawUpdateButton reference={withdrawUpdatesOf} updateId={entry.customerUpdate.id} />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
