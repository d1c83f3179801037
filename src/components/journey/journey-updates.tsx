import type { JourneyUpdate } from "@/contracts/journey/journey";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";

/** Updates from the team, newest first; a photo's thumbnail opens the photo. */
export function JourneyUpdates({ updates }: { updates: JourneyUpdate[] }) {
  return (
    <section aria-labelledby="journey-updates" className="grid gap-3">
      <h2 id="journey-updates" className="text-base font-semibold">
        Updates from our team
      </h2>
      {updates.length === 0 ? (
        <p className="text-sm text-muted-foreground">There are no updates yet. We will post them here.</p>
      ) : (
        <ul aria-label="Updates from our team" className="grid gap-3">
          {updates.map((update) => (
            <li key={update.id} className="grid gap-2 rounded-lg border bg-background p-3">
              <p className="text-xs text-muted-foreground">
                <time dateTime={update.at}>{formatInstant(update.at, brand.timeZone)}</time>
              </p>
              <p className="text-sm break-words whitespace-pre-line">{update.text}</p>
              {update.photo && (
                <a
                  href={update.photo.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="w-fit rounded-md ring-offset-background focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:outline-none"
                >
                  {update.photo.thumbnailUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a short-lived signed link; next/image would cache it past its expiry
                    <img
                      src={update.photo.thumbnailUrl}
                      alt={`Open the photo ${update.photo.name}`}
                      className="h-32 w-auto max-w-full rounded-md border object-cover"
                    />
                  ) : (
                    <span className="text-sm text-primary underline">Open the photo {update.photo.name}</span>
                  )}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
