import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { StatusBadge } from "@/components/bookings/status-badge";
import { Logo } from "@/components/site/logo";
import { countryName } from "@/lib/countries";
import { requirePagePermission } from "@/web/page-guard";
import { findOwnBookings } from "@/server/bookings/find-own-bookings";

export const metadata: Metadata = { title: "Your bookings" };

export default async function PortalPage() {
  const { db, actor } = await requirePagePermission("ownBookings.read", "/portal");
  const rows = await findOwnBookings({ db, actor });
  return (
    <div className="min-h-dvh bg-muted/20">
      <header className="border-b bg-background">
        <div className="mx-auto flex h-16 max-w-4xl items-center justify-between px-4 sm:px-6">
          <Logo />
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-8 sm:px-6">
        <h1 className="text-2xl font-semibold tracking-tight">Your bookings</h1>
        {rows.length === 0 && (
          <p className="text-muted-foreground">
            No bookings yet for {actor.email}.{" "}
            <Link className="text-primary underline" href="/book">
              Book a relocation
            </Link>
          </p>
        )}
        <ul className="grid gap-3">
          {rows.map((row) => (
            <li key={row.reference} className="rounded-xl border bg-card p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-mono text-lg font-semibold">{row.reference}</span>
                <StatusBadge status={row.status} />
              </div>
              <p className="mt-1 text-sm text-muted-foreground">
                {row.petNames} · {row.originCity}, {countryName(row.originCountry)} → {row.destinationCity},{" "}
                {countryName(row.destinationCountry)} · {row.travelDate}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
