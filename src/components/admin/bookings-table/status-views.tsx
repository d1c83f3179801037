"use client";

import type { BookingListQuery } from "@/contracts/bookings/list-query";
import type { BookingStatus } from "@/contracts/bookings/schemas";
import { isStatusView, STATUS_VIEWS, statusViewCount, toStatusView } from "@/contracts/bookings/table-view";
import type { ListCount } from "@/contracts/list-page";
import { cn } from "@/lib/utils";
import { formatCount } from "./table-url";

type StatusViewsProps = {
  query: BookingListQuery;
  /** Each status's count under the view's other filters: what each link would show. */
  statusCounts: Record<BookingStatus, ListCount>;
  /** The link of a view, as the table writes it (its columns kept). */
  hrefOf: (query: BookingListQuery) => string;
  /** Shows this view (its statuses, the other filters kept). */
  onChoose: (query: BookingListQuery) => void;
};

/**
 * Active, completed, cancelled or every booking, one click away, keeping the search and other filters.
 * Plain links (they work before the page's script runs); a click goes through the table's navigation.
 */
export function StatusViews({ query, statusCounts, hrefOf, onChoose }: StatusViewsProps) {
  return (
    <nav aria-label="Views">
      <ul className="flex flex-wrap gap-1 border-b">
        {STATUS_VIEWS.map((view) => {
          const current = isStatusView(query, view);
          const next = toStatusView(query, view);
          return (
            <li key={view.id}>
              <a
                href={hrefOf(next)}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  current
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:text-foreground",
                )}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onChoose(next);
                }}
              >
                {view.label}
                <span className="rounded-full bg-muted px-1.5 text-xs text-muted-foreground tabular-nums">
                  {formatCount(statusViewCount(statusCounts, view))}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
