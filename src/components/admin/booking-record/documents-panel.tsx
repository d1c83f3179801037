"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { documentsUrl } from "@/components/documents/document-format";
import { DocumentUploadForm, type DocumentPet } from "@/components/documents/document-upload-form";
import { ConfirmDialog } from "@/components/form/confirm-dialog";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/contracts/action-result";
import type { BookingDocumentView } from "@/contracts/documents/views";
import { ActionMessage } from "./action-message";
import { DocumentRow } from "./document-row";
import { documentRequest } from "./document-request";

type DocumentsPanelProps = {
  reference: string;
  documents: BookingDocumentView[];
  pets: DocumentPet[];
  mayUpload: boolean;
  mayDelete: boolean;
  restoreDays: number;
};

/**
 * The booking's documents on the record: open, upload, replace (the old one stays, superseded) and, for
 * admins, delete and restore. Every change re-reads the page's server data, so the list is the server's.
 */
export function DocumentsPanel({ reference, documents, pets, mayUpload, mayDelete, restoreDays }: DocumentsPanelProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [uploading, setUploading] = useState(false);
  const [replacingId, setReplacingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<BookingDocumentView | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  // A refused delete or restore is shown under the document it was about.
  const [refusal, setRefusal] = useState<{ id: string; message: string } | null>(null);

  function uploaded(fileName: string, replaced?: string) {
    setUploading(false);
    setReplacingId(null);
    setResult({
      ok: true,
      data: undefined,
      message: replaced ? `${fileName} replaces ${replaced}.` : `${fileName} is uploaded.`,
    });
    startTransition(() => router.refresh());
  }

  function change(document: BookingDocumentView, method: "DELETE" | "POST") {
    setResult(null);
    setRefusal(null);
    const base = `${documentsUrl(reference)}/${encodeURIComponent(document.id)}`;
    startTransition(async () => {
      const message = await documentRequest(method === "DELETE" ? base : `${base}/restore`, method);
      if (message) return setRefusal({ id: document.id, message });
      setResult({
        ok: true,
        data: undefined,
        message: method === "DELETE" ? `${document.name} is deleted.` : `${document.name} is restored.`,
      });
      router.refresh();
    });
  }

  return (
    <div className="grid gap-3">
      {mayUpload && !uploading && (
        <div>
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              setUploading(true);
              setResult(null);
            }}
          >
            Upload a document
          </Button>
        </div>
      )}
      {mayUpload && uploading && (
        <DocumentUploadForm
          reference={reference}
          pets={pets}
          idPrefix="new-document"
          submitLabel="Upload"
          onUploaded={(fileName) => uploaded(fileName)}
          onCancel={() => setUploading(false)}
        />
      )}
      <ActionMessage result={result} />
      {documents.length === 0 ? (
        <p className="text-sm text-muted-foreground">No documents yet.</p>
      ) : (
        <ul aria-label="Documents" className="divide-y">
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              reference={reference}
              document={document}
              mayReplace={mayUpload && replacingId !== document.id}
              mayDelete={mayDelete}
              pending={pending}
              onReplace={() => {
                setReplacingId(document.id);
                setResult(null);
              }}
              onDelete={() => setDeleting(document)}
              onRestore={() => change(document, "POST")}
            >
              {replacingId === document.id && (
                <DocumentUploadForm
                  reference={reference}
                  pets={pets}
                  idPrefix={`replace-${document.id}`}
                  replacing={document}
                  submitLabel="Upload the replacement"
                  onUploaded={(fileName) => uploaded(fileName, document.name)}
                  onCancel={() => setReplacingId(null)}
                />
              )}
              {refusal?.id === document.id && (
                <p role="alert" className="text-sm font-medium text-destructive">
                  {refusal.message}
                </p>
              )}
            </DocumentRow>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? "this document"}?`}
        description={`It disappears for the team and the customer. An admin can restore it here for ${restoreDays} days; then it is removed for good.`}
        cancelLabel="Keep it"
        confirmLabel="Delete document"
        onConfirm={() => {
          const document = deleting;
          setDeleting(null);
          if (document) change(document, "DELETE");
        }}
      />
    </div>
  );
}
