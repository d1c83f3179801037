import type { Metadata } from "next";
import Link from "next/link";
import { TrackLookup } from "@/components/journey/track-lookup";

export const metadata: Metadata = { title: "Track a booking" };

type TrackPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Public tracking: a booking reference and its email, or an emailed link (?r=…&t=…), show the journey. */
export default async function TrackPage({ searchParams }: TrackPageProps) {
  const params = await searchParams;
  const reference = single(params.r);
  const token = single(params.t);
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <div className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Track a booking</h1>
        <p className="text-muted-foreground">
          Enter your booking reference and email to see where your pets&apos; journey is. For documents and your
          coordinator,{" "}
          <Link className="text-primary underline underline-offset-4" href="/login">
            Sign in to see everything
          </Link>
          .
        </p>
      </div>
      <TrackLookup link={reference && token ? { reference, token } : undefined} reference={reference} />
    </div>
  );
}
