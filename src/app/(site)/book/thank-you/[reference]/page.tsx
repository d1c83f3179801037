import { CircleCheckIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingReceivedSummary } from "@/components/booking-form/booking-received-summary";
import { Button } from "@/components/ui/button";
import { brand } from "@/config/brand";
import { bookingExists } from "@/server/bookings/booking-exists";
import { getRequestContext } from "@/web/request-context";

export const metadata: Metadata = { title: "Booking received" };

// Shows only the reference, never personal details: references are guessable.
export default async function ThankYouPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const { db } = await getRequestContext();
  if (!(await bookingExists({ db, reference }))) notFound();
  return (
    <div className="mx-auto max-w-2xl px-4 py-14 sm:px-6">
      <div className="rounded-2xl border bg-card p-6 shadow-sm sm:p-10">
        <CircleCheckIcon className="size-12 text-success" aria-hidden />
        <h1 className="mt-4 text-3xl font-bold tracking-tight">Thank you, we have your booking</h1>
        <p className="mt-3 text-muted-foreground">Your booking reference is</p>
        <p className="mt-1 font-mono text-3xl font-semibold tracking-wide" data-testid="booking-reference">
          {reference}
        </p>
        <p className="mt-2 text-sm text-muted-foreground">Keep it handy: quote it whenever you contact us.</p>
        <BookingReceivedSummary reference={reference} />
        <Button asChild className="mt-6">
          <Link href={`/track?${new URLSearchParams({ r: reference })}`}>Follow your booking</Link>
        </Button>
        <h2 className="mt-8 text-lg font-semibold">What happens next</h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5 text-muted-foreground">
          <li>A relocation specialist reviews your booking within one working day.</li>
          <li>We contact you the way you preferred, to confirm the route, dates and price.</li>
          <li>We send you the list of documents and vet visits your destination requires.</li>
        </ol>
        <p className="mt-6 text-sm text-muted-foreground">
          Questions? Write to{" "}
          <a className="text-primary underline-offset-4 hover:underline" href={`mailto:${brand.contact.email}`}>
            {brand.contact.email}
          </a>{" "}
          or call{" "}
          <a
            className="text-primary underline-offset-4 hover:underline"
            href={`tel:${brand.contact.phone.replace(/[^\d+]/g, "")}`}
          >
            {brand.contact.phone}
          </a>
          .
        </p>
        <Button asChild variant="outline" className="mt-8">
          <Link href="/">Back to the home page</Link>
        </Button>
      </div>
    </div>
  );
}
