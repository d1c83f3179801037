"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { DocumentUploads, type DocumentUpload, type SavedUpload } from "./document-uploads";
import { useDraft } from "./use-session-state";

const DOCUMENTS_DRAFT_STORAGE = "pawpath.booking.documents";
const none: readonly never[] = [];
const noUploads = () => none;

/**
 * The form's documents, started with the booking's idempotency key as their draft key. Checked uploads
 * are kept in the session draft (File objects cannot be), so a reload keeps them attached.
 */
export function useDocumentUploads(draftKey: () => string) {
  const [documents] = useState(() => new DocumentUploads(draftKey));
  const saved = useSyncExternalStore<readonly SavedUpload[]>(documents.subscribe, documents.getSaved, noUploads);
  const restore = useCallback((draft: unknown) => documents.restore(draft), [documents]);
  const clearDraft = useDraft(saved, restore, DOCUMENTS_DRAFT_STORAGE);
  useEffect(() => () => documents.stopAll(), [documents]);
  useStrayDropsIgnored();
  return { documents, clearDraft };
}

/** Every upload on the form, re-rendering only the component that asks. */
export function useUploadList(documents: DocumentUploads): readonly DocumentUpload[] {
  return useSyncExternalStore(documents.subscribe, documents.getUploads, noUploads);
}

/**
 * A file dropped beside a drop zone would make the browser open it in place of the form, losing
 * everything typed: files dropped anywhere else on the page are ignored.
 */
function useStrayDropsIgnored() {
  useEffect(() => {
    const ignore = (event: DragEvent) => {
      // A drop zone has already taken it.
      if (event.defaultPrevented || !event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "none";
    };
    window.addEventListener("dragover", ignore);
    window.addEventListener("drop", ignore);
    return () => {
      window.removeEventListener("dragover", ignore);
      window.removeEventListener("drop", ignore);
    };
  }, []);
}
