import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { LiveJourney } from "@/components/journey/live-journey";
import { PortalShell } from "@/components/portal/portal-shell";
import { requirePagePermission } from "@/web/page-guard";
import { can } from "@/server/access/actor";
import { isAppError } from "@/server/errors";
import { getJourney } from "@/server/journey/get-journey";

export const metadata: Metadata = { title: "Your pets' journey" };

/** The owner's journey, rendered here and then kept current by the live stream (or polling). */
export default async function JourneyPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const { db, actor } = await requirePagePermission("ownBookings.read", `/portal/bookings/${reference}`);
  // Someone else's booking, or no such reference: the same 404, so the page confirms nothing.
  const journey = await getJourney({ db, actor, reference }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  });
  return (
    <PortalShell>
      <Link href="/portal" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" /> All your bookings
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">Your pets&apos; journey</h1>
      <LiveJourney initial={journey} mayUpload={can(actor, "ownDocuments.upload")} />
    </PortalShell>
  );
}
