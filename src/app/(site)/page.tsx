import { ArrowRightIcon, FileCheck2Icon, PlaneTakeoffIcon, ShieldCheckIcon, StethoscopeIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { brand } from "@/config/brand";

const steps = [
  {
    title: "Tell us about your pets",
    body: "Book online in a few minutes: who travels, from where, to where and when.",
  },
  {
    title: "We plan the journey",
    body: "A relocation specialist confirms the route, airline rules and the documents your destination asks for.",
  },
  {
    title: "Paperwork and vet visits",
    body: "Microchip, vaccinations, titre tests, import permits and health certificates, checked and booked.",
  },
  {
    title: "Flight and arrival",
    body: "IATA-approved crates, flight booking, customs clearance and delivery to your door.",
  },
];

const services = [
  {
    icon: PlaneTakeoffIcon,
    title: "Export from the UAE",
    body: "Moving away? We fly your cat or dog from Dubai or Abu Dhabi to anywhere in the world.",
  },
  {
    icon: ShieldCheckIcon,
    title: "Import to the UAE",
    body: "Arriving in the Emirates? Import permits, MOCCAE approval and airport clearance handled.",
  },
  {
    icon: FileCheck2Icon,
    title: "International and domestic",
    body: "Routes that never touch the UAE, and moves between emirates by road.",
  },
  {
    icon: StethoscopeIcon,
    title: "Veterinary coordination",
    body: "Our partner vets prepare every certificate to the destination's exact rules.",
  },
];

export default function HomePage() {
  return (
    <>
      <section className="relative overflow-hidden border-b bg-gradient-to-b from-secondary/60 to-background">
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-[1.2fr_1fr] lg:items-center">
          <div className="space-y-6">
            <p className="inline-flex rounded-full border bg-background/70 px-3 py-1 text-sm text-muted-foreground">
              Trusted pet relocation from the UAE since 2014
            </p>
            <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
              Your pet&apos;s journey, planned and flown with care.
            </h1>
            <p className="max-w-xl text-lg text-muted-foreground">
              {brand.tagline} Book online in minutes and follow every step.
            </p>
            <div className="flex flex-wrap gap-3">
              <Button asChild size="lg">
                <Link href="/book">
                  Book a relocation <ArrowRightIcon aria-hidden />
                </Link>
              </Button>
              <Button asChild size="lg" variant="outline">
                <Link href="/login">Follow your booking</Link>
              </Button>
              <Button asChild size="lg" variant="ghost">
                <a href={`https://wa.me/${brand.contact.whatsapp.replace(/\D/g, "")}`}>Ask us on WhatsApp</a>
              </Button>
            </div>
          </div>
          <Card className="bg-card/80">
            <CardHeader>
              <CardTitle>What you need to book</CardTitle>
              <CardDescription>No documents are needed yet; we will ask for them later.</CardDescription>
            </CardHeader>
            <CardContent>
              <ul className="list-disc space-y-2 pl-5 text-sm">
                <li>Your contact details</li>
                <li>Where your pets fly from and to, and roughly when</li>
                <li>Each pet&apos;s name, species, breed and weight</li>
                <li>The microchip number, if you have it to hand</li>
              </ul>
            </CardContent>
          </Card>
        </div>
      </section>

      <section id="how-it-works" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-16 sm:px-6">
        <h2 className="text-2xl font-semibold tracking-tight sm:text-3xl">How it works</h2>
        <ol className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-xl border bg-card p-5">
              <span className="flex size-8 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground">
                {index + 1}
              </span>
              <h3 className="mt-4 font-semibold">{step.title}</h3>
              <p className="mt-2 text-sm text-muted-foreground">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="border-y bg-muted/30">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 className="text-2xl font-semibold tracking-tight sm:text-3xl">Services</h2>
          <div className="mt-8 grid gap-4 sm:grid-cols-2">
            {services.map(({ icon: Icon, title, body }) => (
              <div key={title} className="flex gap-4 rounded-xl border bg-card p-5">
                <Icon className="mt-0.5 size-6 shrink-0 text-primary" aria-hidden />
                <div>
                  <h3 className="font-semibold">{title}</h3>
                  <p className="mt-1 text-sm text-muted-foreground">{body}</p>
                </div>
              </div>
            ))}
          </div>
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 py-16 text-center sm:px-6">
        <h2 className="text-2xl font-semibold tracking-tight sm:text-3xl">Ready when you are</h2>
        <p className="mx-auto mt-3 max-w-xl text-muted-foreground">
          Tell us about the move today; a specialist replies within one working day with the plan and a quote.
        </p>
        <Button asChild size="lg" className="mt-6">
          <Link href="/book">Start your booking</Link>
        </Button>
      </section>
    </>
  );
}
