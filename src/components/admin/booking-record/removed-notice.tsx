import Link from "next/link";

/**
 * On the bookings table after the record page deleted a booking (?removed=REF) or removed one for
 * good (?purged=REF): says so, and offers the way back while there is one.
 */
export function RemovedNotice({ removed, purged }: { removed?: string | null; purged?: string | null }) {
  if (!removed && !purged) return null;
  return (
    <p role="status" className="rounded-lg border bg-card px-4 py-3 text-sm">
      {removed ? (
        <>
          Booking {removed} was deleted.{" "}
          <Link
            href={`/admin/bookings/${encodeURIComponent(removed)}`}
            className="font-medium text-primary underline underline-offset-4"
          >
            Open it to restore
          </Link>
        </>
      ) : (
        `Booking ${purged} was removed for good.`
      )}
    </p>
  );
}
