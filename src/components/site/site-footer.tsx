import Link from "next/link";
import { brand } from "@/config/brand";

export function SiteFooter() {
  const { contact } = brand;
  return (
    <footer className="mt-16 border-t bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3 sm:px-6">
        <div className="space-y-2">
          <p className="font-semibold">{brand.legalName}</p>
          <p className="text-muted-foreground">{brand.tagline}</p>
        </div>
        <address className="space-y-1 text-muted-foreground not-italic">
          <p>{contact.address}</p>
          <p>
            <a className="underline-offset-4 hover:underline" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </p>
          <p>
            <a className="underline-offset-4 hover:underline" href={`tel:${contact.phone.replace(/\s/g, "")}`}>
              {contact.phone}
            </a>
          </p>
          <p>{contact.hours}</p>
        </address>
        <nav aria-label="Footer" className="flex flex-col gap-1 text-muted-foreground">
          <Link className="underline-offset-4 hover:underline" href="/book">
            Book a relocation
          </Link>
          <Link className="underline-offset-4 hover:underline" href="/track">
            Track a booking
          </Link>
          <Link className="underline-offset-4 hover:underline" href="/login">
            Sign in: customers and team
          </Link>
          <Link className="underline-offset-4 hover:underline" href="/privacy">
            Privacy notice
          </Link>
          <Link className="underline-offset-4 hover:underline" href="/docs/api">
            Booking API for partners
          </Link>
        </nav>
      </div>
      <p className="pb-8 text-center text-xs text-muted-foreground">
        © {new Date().getFullYear()} {brand.legalName}
      </p>
    </footer>
  );
}
