"use client";

import type { DocumentUploads } from "./document-uploads";
import { useUploadList } from "./use-document-uploads";

/** Where the submit stands with the documents: waiting for uploads, or stopped by files not uploaded. */
export type DocumentsStage = "idle" | "waiting" | "checked";

type DocumentsNoticeProps = { documents: DocumentUploads; stage: DocumentsStage };

/**
 * The sentence beside the submit button. It reads the uploads live, so it counts down while waiting and
 * disappears once the files it names are removed or sent again.
 */
export function DocumentsNotice({ documents, stage }: DocumentsNoticeProps) {
  const uploads = useUploadList(documents);
  if (stage === "waiting") {
    const count = uploads.filter((upload) => upload.status === "uploading").length;
    if (count === 0) return null;
    return count === 1
      ? "Waiting for a document to finish uploading; your booking is sent as soon as it is done."
      : `Waiting for ${count} documents to finish uploading; your booking is sent as soon as they are done.`;
  }
  if (stage === "idle") return null;
  const names = uploads
    .filter((upload) => upload.status === "failed" || upload.status === "refused")
    .map((upload) => upload.name);
  if (names.length === 0) return null;
  return (
    <span className="font-medium text-destructive">
      Not uploaded: {names.join(", ")}. Remove {names.length === 1 ? "it" : "them"} or try again, then submit your
      booking.
    </span>
  );
}
