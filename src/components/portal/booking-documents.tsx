"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/admin/booking-record/action-message";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { documentDownloadUrl, documentTitle } from "@/components/documents/document-format";
import { DocumentStateBadge, canOpen } from "@/components/documents/document-state-badge";
import { DocumentUploadForm, type DocumentPet } from "@/components/documents/document-upload-form";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ActionResult } from "@/contracts/action-result";
import type { BookingDocumentView } from "@/contracts/documents/views";

type BookingDocumentsProps = {
  reference: string;
  documents: BookingDocumentView[];
  pets: DocumentPet[];
  mayUpload: boolean;
};

/** A customer's documents for one booking: open what was sent, add what is missing (the team is told). */
export function BookingDocuments({ reference, documents, pets, mayUpload }: BookingDocumentsProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [adding, setAdding] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const headingId = `documents-${reference}`;

  return (
    <section aria-labelledby={headingId} className="mt-3 grid gap-2 border-t pt-3">
      <h2 id={headingId} className="text-sm font-semibold">
        Documents<span className="sr-only"> for {reference}</span>
      </h2>
      {documents.length === 0 ? (
        <p className="text-sm text-muted-foreground">No documents yet.</p>
      ) : (
        <ul aria-label={`Documents for ${reference}`} className="grid gap-2">
          {documents.map((document) => (
            <li
              key={document.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border bg-background p-2.5"
            >
              <div className="grid min-w-0 gap-0.5">
                <p className="text-sm font-medium break-all">{document.name}</p>
                <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  {documentTitle(document)} ·{" "}
                  <time dateTime={document.createdAt}>{formatInstant(document.createdAt, brand.timeZone)}</time>
                  <DocumentStateBadge document={document} />
                </p>
              </div>
              {canOpen(document) && (
                <a
                  href={documentDownloadUrl(reference, document.id)}
                  className={buttonVariants({ variant: "outline", size: "sm" })}
                >
                  Open<span className="sr-only"> {document.name}</span>
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionMessage result={result} />
      {mayUpload &&
        (adding ? (
          <DocumentUploadForm
            reference={reference}
            pets={pets}
            idPrefix={`add-${reference}`}
            submitLabel="Add the document"
            onUploaded={(fileName) => {
              setAdding(false);
              setResult({
                ok: true,
                data: undefined,
                message: `${fileName} is added. Our team has been told.`,
              });
              startTransition(() => router.refresh());
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <div>
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                setAdding(true);
                setResult(null);
              }}
            >
              Add a document<span className="sr-only"> to {reference}</span>
            </Button>
          </div>
        ))}
    </section>
  );
}
