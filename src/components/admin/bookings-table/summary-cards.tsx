import Link from "next/link";
import type { BookingSummary } from "@/contracts/bookings/booking-summary";
import { BOOKING_STATUSES, BOOKING_STATUS_LABELS } from "@/contracts/bookings/schemas";
import { formatCount } from "./table-url";

function SummaryCard({ href, label, count }: { href: string; label: string; count: string }) {
  return (
    <li>
      <Link
        href={href}
        className="block h-full rounded-xl border bg-card p-3 shadow-sm transition-colors outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <span className="block text-xs text-muted-foreground">{label}</span>
        <span className="block text-xl font-semibold tabular-nums">{count}</span>
      </Link>
    </li>
  );
}

/** Bookings per status and departures in the next 7 days; each card opens the view it counts. */
export function SummaryCards({ summary }: { summary: BookingSummary }) {
  return (
    <ul aria-label="Summary" className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
      <SummaryCard
        href={summary.departingSoon.href}
        label="Departing in 7 days"
        count={formatCount(summary.departingSoon.count)}
      />
      {BOOKING_STATUSES.map((status) => (
        <SummaryCard
          key={status}
          href={summary.byStatus[status].href}
          label={BOOKING_STATUS_LABELS[status]}
          count={formatCount(summary.byStatus[status].count)}
        />
      ))}
    </ul>
  );
}
