import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { StatusBadge } from "@/components/bookings/status-badge";
import { BookingDocuments } from "@/components/portal/booking-documents";
import { Logo } from "@/components/site/logo";
import { countryName } from "@/lib/countries";
import { requirePagePermission } from "@/web/page-guard";
import { can } from "@/server/access/actor";
import { findOwnBookings } from "@/server/bookings/find-own-bookings";
import { getBooking } from "@/server/bookings/get-booking";
import { listBookingDocuments } from "@/server/documents/list-booking-documents";

export const metadata: Metadata = { title: "Your bookings" };

export default async function PortalPage() {
  const { db, actor } = await requirePagePermission("ownBookings.read", "/portal");
  const rows = await findOwnBookings({ db, actor });
  // Each booking's documents, and its pets (with their ids) for "Add a document"; a customer has few bookings.
  const documentsOf = new Map(
    await Promise.all(
      rows.map(async ({ reference }) => {
        const [booking, documents] = await Promise.all([
          getBooking({ db, actor, reference }),
          listBookingDocuments({ db, actor, reference }),
        ]);
        return [reference, { documents, pets: booking.pets.map((pet) => ({ id: pet.id, name: pet.name })) }] as const;
      }),
    ),
  );
  const mayUpload = can(actor, "ownDocuments.upload");
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
              <BookingDocuments
                reference={row.reference}
                documents={documentsOf.get(row.reference)?.documents ?? []}
                pets={documentsOf.get(row.reference)?.pets ?? []}
                mayUpload={mayUpload}
              />
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
