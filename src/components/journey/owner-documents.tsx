"use client";

import { BookingDocuments } from "@/components/portal/booking-documents";
import { DOCUMENT_KIND_LABELS } from "@/contracts/documents/schemas";
import type { Journey } from "@/contracts/journey/journey";

/** The owner's documents: what is still missing, then what was sent (with "Add a document"). */
export function OwnerDocuments({ journey, mayUpload }: { journey: Journey; mayUpload: boolean }) {
  const { missingDocuments: missing } = journey;
  return (
    <div className="grid gap-2">
      <section aria-labelledby="documents-needed" className="grid gap-1">
        <h2 id="documents-needed" className="text-base font-semibold">
          Documents we need from you
        </h2>
        {missing.length === 0 ? (
          <p className="text-sm">We have every document we need from you. Thank you.</p>
        ) : (
          <ul aria-label="Documents still needed" className="list-disc pl-5 text-sm">
            {missing.map((document) => (
              <li key={`${document.petId}:${document.kind}`}>
                {DOCUMENT_KIND_LABELS[document.kind]} for {document.petName}
              </li>
            ))}
          </ul>
        )}
      </section>
      <BookingDocuments
        reference={journey.reference}
        documents={journey.documents}
        pets={journey.pets.map((pet) => ({ id: pet.id, name: pet.name }))}
        mayUpload={mayUpload}
      />
    </div>
  );
}
