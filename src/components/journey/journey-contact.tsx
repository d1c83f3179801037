import { Mail, MessageCircle, Phone } from "lucide-react";
import type { JourneyContact as Contact } from "@/contracts/journey/journey";

const digits = (number: string) => number.replace(/[^\d+]/g, "");

/** Who to ask: the coordinator's first name (the owner's view only) and the company's contact. */
export function JourneyContact({
  contact,
}: {
  contact: Pick<Contact, "company"> & Partial<Pick<Contact, "coordinator">>;
}) {
  const { company } = contact;
  return (
    <section aria-labelledby="journey-contact" className="grid gap-3">
      <h2 id="journey-contact" className="text-base font-semibold">
        Questions?
      </h2>
      {contact.coordinator !== undefined && (
        <p className="text-sm">
          {contact.coordinator
            ? `${contact.coordinator} is coordinating your pets' journey.`
            : "A coordinator will be assigned to your booking soon."}
        </p>
      )}
      <ul className="grid gap-1.5 text-sm">
        <li>
          <a
            className="inline-flex items-center gap-2 underline-offset-4 hover:underline"
            href={`mailto:${company.email}`}
          >
            <Mail aria-hidden="true" className="size-4" /> Email {company.name} at {company.email}
          </a>
        </li>
        <li>
          <a
            className="inline-flex items-center gap-2 underline-offset-4 hover:underline"
            href={`tel:${digits(company.phone)}`}
          >
            <Phone aria-hidden="true" className="size-4" /> Call {company.phone}
          </a>
        </li>
        <li>
          <a
            className="inline-flex items-center gap-2 underline-offset-4 hover:underline"
            href={`https://wa.me/${digits(company.whatsapp).replace("+", "")}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            <MessageCircle aria-hidden="true" className="size-4" /> Message us on WhatsApp at {company.whatsapp}
          </a>
        </li>
      </ul>
      <p className="text-xs text-muted-foreground">We answer {company.hours}.</p>
    </section>
  );
}
