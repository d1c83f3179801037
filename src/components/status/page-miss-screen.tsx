import Link from "next/link";
import { FileSearchIcon, LockIcon, SearchXIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatBookingReference } from "@/contracts/bookings/booking-reference";
import type { Home, PageMiss } from "@/contracts/page-miss";
import type { Role } from "@/server/access/permissions";
import { StatusScreen } from "./status-screen";

const EYEBROW = "404 · Not found";

/** What a 404 says, for who is asking: a missing page, a reference nobody has, or a page for another role. */
export function PageMissScreen({ miss, home, role }: { miss: PageMiss; home: Home; role: Role | null }) {
  const back = (
    <Button asChild>
      <Link href={home.href}>{home.label}</Link>
    </Button>
  );
  if (miss.kind === "role") {
    const forCustomers = miss.area === "portal";
    return (
      <StatusScreen
        icon={LockIcon}
        eyebrow="404 · Not for your role"
        title={
          forCustomers
            ? "The portal is for customers"
            : role === "customer"
              ? "This page is for the PawPath team"
              : "This page is for admins"
        }
        actions={back}
      >
        <p>
          {forCustomers
            ? "Customers follow their bookings here. Your team account works in the back office."
            : role === "customer"
              ? "Your bookings and their journeys are in your portal."
              : `Your account is ${role === "staff" ? "a staff" : "a team"} account, which does not include this page. Ask an admin if you need it.`}
        </p>
      </StatusScreen>
    );
  }
  if (miss.kind === "booking") {
    const own = miss.area === "portal";
    return (
      <StatusScreen
        icon={FileSearchIcon}
        eyebrow={EYEBROW}
        title="We could not find that booking"
        actions={
          <>
            {back}
            {!own && (
              <Button asChild variant="outline">
                {/* Every status: the table alone opens on the active ones, and this booking may be done. */}
                <Link href={`/admin?q=${encodeURIComponent(miss.reference)}&view=all`}>Search the bookings</Link>
              </Button>
            )}
          </>
        }
      >
        <p>
          {own ? "None of your bookings has the reference " : "No booking has the reference "}
          <strong className="font-mono break-all">{miss.reference}</strong>. A reference looks like{" "}
          <span className="font-mono whitespace-nowrap">{formatBookingReference(new Date().getFullYear(), 42)}</span>:
          check it for a typo
          {own ? ", or open the booking from your list." : ", or search for part of it."}
        </p>
      </StatusScreen>
    );
  }
  return (
    <StatusScreen
      icon={SearchXIcon}
      eyebrow={EYEBROW}
      title="We could not find that page"
      actions={
        <>
          {back}
          {!role && (
            <>
              <Button asChild variant="outline">
                <Link href="/track">Track a booking</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/login">Sign in</Link>
              </Button>
            </>
          )}
        </>
      }
    >
      <p>The address may be mistyped, or the page has moved.</p>
    </StatusScreen>
  );
}
