"use client";

import { CircleCheckIcon, CircleXIcon, FileTextIcon, RotateCwIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { formatSize } from "@/lib/file-size";
import { DOCUMENT_KIND_LABELS } from "@/contracts/documents/document-labels";
import type { DocumentUpload, DocumentUploads } from "./document-uploads";

type DocumentRowProps = {
  upload: DocumentUpload;
  documents: DocumentUploads;
};

function progressText(upload: DocumentUpload) {
  if (upload.status === "ready") return "Uploaded";
  return upload.progress < 1 ? "Uploading…" : "Checking…";
}

/** One file: its name, type and size, how far it got, and the server's word when it was not taken. */
export function DocumentRow({ upload, documents }: DocumentRowProps) {
  const messageId = `document-${upload.key}-message`;
  const problem = upload.status === "failed" || upload.status === "refused";
  const percent = Math.round(upload.progress * 100);
  return (
    <li className="grid gap-2 rounded-md border bg-background p-3">
      <div className="flex items-start gap-3">
        <FileTextIcon className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium break-all">{upload.name}</p>
          <p className="text-xs text-muted-foreground">
            {DOCUMENT_KIND_LABELS[upload.kind]} · {formatSize(upload.size)}
          </p>
        </div>
        <div className="flex shrink-0 gap-1">
          {upload.status === "failed" && upload.canResend && (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              aria-describedby={messageId}
              onClick={() => documents.retry(upload.key)}
            >
              <RotateCwIcon aria-hidden /> Retry<span className="sr-only"> {upload.name}</span>
            </Button>
          )}
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-describedby={problem ? messageId : undefined}
            onClick={() => documents.remove(upload.key)}
          >
            <XIcon aria-hidden /> Remove<span className="sr-only"> {upload.name}</span>
          </Button>
        </div>
      </div>
      {problem ? (
        <p id={messageId} role="alert" className="flex items-start gap-2 text-sm font-medium text-destructive">
          <CircleXIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span className="min-w-0 break-words">{upload.message}</span>
        </p>
      ) : (
        <div className="flex items-center gap-3">
          <Progress value={percent} aria-label={`Upload of ${upload.name}`} className="flex-1" />
          <span className="flex shrink-0 items-center gap-1 text-xs text-muted-foreground" aria-live="polite">
            {upload.status === "ready" && <CircleCheckIcon className="size-4 text-primary" aria-hidden />}
            {progressText(upload)}
          </span>
        </div>
      )}
    </li>
  );
}
