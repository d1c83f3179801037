import type { Metadata } from "next";
import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { StatusBadge } from "@/components/bookings/status-badge";
import { ContactForm } from "@/components/portal/contact-form";
import { PortalShell } from "@/components/portal/portal-shell";
import { countryName } from "@/lib/countries";
import { formatCalendarDay } from "@/lib/format-date-time";
import { requirePagePermission } from "@/web/page-guard";
import { can } from "@/server/access/actor";
import { findOwnBookings } from "@/server/bookings/find-own-bookings";
import { isAppError } from "@/server/errors";
import { getOwnContact } from "@/server/journey/update-own-contact";

export const metadata: Metadata = { title: "Your bookings" };

/** A customer's bookings (each opens its journey, where its documents are) and their contact details. */
export default async function PortalPage() {
  const { db, actor } = await requirePagePermission("ownBookings.read", "/portal");
  const [rows, contact] = await Promise.all([
    findOwnBookings({ db, actor }),
    can(actor, "ownContact.edit")
      ? getOwnContact({ db, actor }).catch((error: unknown) => {
          // No customer row under this address (nothing booked with it): nothing to correct.
          if (isAppError(error) && error.code === "NOT_FOUND") return null;
          throw error;
        })
      : null,
  ]);
  return (
    <PortalShell>
      <h1 className="text-2xl font-semibold tracking-tight">Your bookings</h1>
      {rows.length === 0 && (
        <p className="text-muted-foreground">
          No bookings yet for {actor.email}.{" "}
          <Link className="text-primary underline" href="/book">
            Book a relocation
          </Link>
        </p>
      )}
      <ul aria-label="Your bookings" className="grid gap-3">
        {rows.map((row) => (
          <li key={row.reference}>
            <Link
              href={`/portal/bookings/${encodeURIComponent(row.reference)}`}
              className="group flex items-center gap-3 rounded-xl border bg-card p-4 transition-colors hover:border-primary/50 hover:bg-accent/40 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <div className="grid min-w-0 flex-1 gap-1">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-mono text-lg font-semibold">{row.reference}</span>
                  <StatusBadge status={row.status} />
                </div>
                <p className="text-sm text-muted-foreground">
                  {row.petNames} · {row.originCity}, {countryName(row.originCountry)} to {row.destinationCity},{" "}
                  {countryName(row.destinationCountry)} · travelling{" "}
                  <time dateTime={row.travelDate}>{formatCalendarDay(row.travelDate)}</time>
                </p>
                <p className="text-sm font-medium text-primary">
                  Follow the journey<span className="sr-only"> of {row.reference}</span>
                </p>
              </div>
              <ChevronRight
                aria-hidden="true"
                className="size-5 shrink-0 text-muted-foreground transition-transform group-hover:translate-x-0.5"
              />
            </Link>
          </li>
        ))}
      </ul>
      {contact && (
        <div className="rounded-xl border bg-card p-4 sm:p-5">
          <ContactForm contact={contact} />
        </div>
      )}
    </PortalShell>
  );
}
