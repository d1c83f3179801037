import type { Metadata } from "next";
import { brand } from "@/config/brand";

export const metadata: Metadata = { title: "Privacy notice" };

export default function PrivacyPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-5 px-4 py-12 sm:px-6 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_li]:text-muted-foreground [&_p]:text-muted-foreground">
      <h1 className="text-3xl font-bold tracking-tight">Privacy notice</h1>
      <p>
        {brand.legalName} (&ldquo;we&rdquo;) uses the details you give us in a booking only to plan and carry out your
        pets&apos; relocation and to keep you informed about it.
      </p>
      <h2>What we collect</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Your name, email address, phone and WhatsApp numbers and how you prefer to be contacted.</li>
        <li>
          The route and travel date, and your pets&apos; details: name, species, breed, sex, age, weight, microchip and
          health notes.
        </li>
        <li>The network address your booking came from, kept briefly to stop abuse of the booking form.</li>
      </ul>
      <h2>Who sees it</h2>
      <p>
        Our relocation team, and the airlines, veterinarians and government authorities a relocation requires, each only
        for their part of the journey. We never sell your data.
      </p>
      <h2>How long we keep it</h2>
      <p>
        For as long as the relocation and the legal record-keeping that follows it require. You can ask us to delete it.
      </p>
      <h2>Your rights</h2>
      <p>
        Ask us for a copy of your data, a correction or its deletion at{" "}
        <a className="text-primary underline-offset-4 hover:underline" href={`mailto:${brand.contact.email}`}>
          {brand.contact.email}
        </a>
        .
      </p>
    </article>
  );
}
