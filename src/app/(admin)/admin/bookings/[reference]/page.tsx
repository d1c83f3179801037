import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/bookings/status-badge";
import { EmailStatusBadge } from "@/components/emails/email-status-badge";
import { getDb } from "@/db/client";
import { emailTemplates, isEmailTemplateName } from "@/emails/registry";
import { countryFlag, countryName } from "@/lib/countries";
import { requirePagePermission } from "@/app/page-guard";
import { getBooking } from "@/server/bookings/get-booking";
import { SERVICE_TYPE_LABELS, type ServiceType } from "@/server/bookings/schemas";
import { isAppError } from "@/server/errors";

export const metadata = { title: "Booking" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border bg-card p-4 sm:p-5">
      <h2 id={headingId} className="mb-3 font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[10rem_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-words whitespace-pre-line">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function BookingPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const actor = await requirePagePermission("bookings.read", `/admin/bookings/${reference}`);
  const booking = await getBooking({ db: await getDb(), actor, reference }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { customer } = booking;
  return (
    <div className="space-y-4">
      <Link href="/admin" className="text-sm text-primary underline-offset-4 hover:underline">← Bookings</Link>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-semibold">{booking.reference}</h1>
        <StatusBadge status={booking.status} />
        <span className="text-sm text-muted-foreground">
          {customer.fullName} · {countryFlag(booking.originCountry)} {booking.originCity} → {countryFlag(booking.destinationCountry)} {booking.destinationCity} · travels {booking.travelDate}
        </span>
      </header>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Customer">
          <Facts items={[["Name", customer.fullName], ["Email", customer.email], ["Phone", customer.phone], ["WhatsApp", customer.whatsapp], ["Prefers", customer.preferredContact]]} />
        </Section>
        <Section title="Route and travel">
          <Facts
            items={[
              ["From", `${booking.originCity}, ${countryName(booking.originCountry)}`],
              ["To", `${booking.destinationCity}, ${countryName(booking.destinationCountry)}`],
              ["Travel date", booking.travelDate],
              ["Service", SERVICE_TYPE_LABELS[booking.serviceType as ServiceType]],
              ["Booked via", booking.source.replace("_", " ")],
              ["Special requests", booking.specialRequests],
            ]}
          />
        </Section>
        {booking.pets.map((pet, index) => (
          <Section key={pet.id} title={`Pet ${index + 1}: ${pet.name}`}>
            <Facts
              items={[
                ["Species", pet.species],
                ["Breed", pet.breed],
                ["Sex", pet.sex],
                ["Date of birth", pet.dateOfBirth],
                ["Weight", pet.weightKg ? `${pet.weightKg} kg` : null],
                ["Microchip", pet.microchip],
                ["Notes", pet.notes],
              ]}
            />
          </Section>
        ))}
        {booking.flight && (
          <Section title="Flight">
            <Facts
              items={[
                ["Flight", `${booking.flight.airline} ${booking.flight.flightNumber}`],
                ["Departs", `${booking.flight.departureAirport} ${booking.flight.departureTime}`],
                ["Arrives", `${booking.flight.arrivalAirport} ${booking.flight.arrivalTime}`],
                ["Air waybill", booking.flight.airWaybill],
              ]}
            />
          </Section>
        )}
      </div>
      <Section title="Emails">
        <ul className="divide-y text-sm">
          {booking.emails.map((email) => (
            <li key={email.id} className="flex flex-wrap items-center gap-2 py-2">
              <EmailStatusBadge status={email.status} />
              <span>{isEmailTemplateName(email.template) ? emailTemplates[email.template].label : email.template}</span>
              <span className="text-muted-foreground">to {email.toAddress}</span>
              {actor.role === "admin" && (
                <Link className="ml-auto text-primary underline-offset-4 hover:underline" href={`/admin/emails/${email.id}`}>Preview</Link>
              )}
            </li>
          ))}
          {booking.emails.length === 0 && <li className="py-2 text-muted-foreground">No emails for this booking.</li>}
        </ul>
      </Section>
      <Section title="History">
        <ol className="space-y-1.5 text-sm">
          {booking.events.map((event) => (
            <li key={event.id} className="flex gap-3">
              <time className="shrink-0 text-muted-foreground" dateTime={event.createdAt.toISOString()}>
                {event.createdAt.toISOString().slice(0, 16).replace("T", " ")}
              </time>
              <span>
                {event.type === "created"
                  ? `Booked via ${String(event.data.source ?? "unknown").replace("_", " ")}`
                  : event.type === "status_changed"
                    ? `Status changed from ${String(event.data.from)} to ${String(event.data.to)}`
                    : event.type.replace(/_/g, " ")}
              </span>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
