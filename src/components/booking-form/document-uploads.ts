"use client";
// The booking form's documents: every file picked or dropped for a pet, sent at once and checked by the
// server while the person goes on filling in the form. Kept outside React state so the sections can watch
// just the part they show: progress re-renders a pet's list, never the whole form.
import { sendDocument, UploadRefused } from "@/components/documents/send-document";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/enum-values";

export type DocumentUpload = {
  /** This page's id for the row: the server gives a new id each time the file is sent. */
  key: string;
  petIndex: number;
  kind: DocumentKind;
  name: string;
  size: number;
  /** refused: the server will never take these bytes; failed: sending them again may work. */
  status: "uploading" | "ready" | "failed" | "refused";
  /** 0 to 1 of the bytes sent. */
  progress: number;
  /** The server's sentence, naming the file, for a failed or refused one. */
  message?: string;
  /** The server's id once ready: what the booking attaches. */
  id?: string;
  /** False after a reload: the bytes stayed on the person's device, so the file cannot be sent again. */
  canResend: boolean;
};

/** What the session draft keeps of a checked upload: enough to attach and show it after a reload. */
export type SavedUpload = { id: string; name: string; kind: DocumentKind; size: number; petIndex: number };

/**
 * A saved upload read back from the draft, or null if it is malformed. Checked by hand, not with zod:
 * the booking form's first load carries no schema library (src/contracts/bookings/booking-choices.ts).
 */
function savedUploadOf(value: unknown): SavedUpload | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, name, kind, size, petIndex } = value as Record<string, unknown>;
  if (typeof id !== "string" || typeof name !== "string" || typeof size !== "number" || !Number.isFinite(size))
    return null;
  if (!DOCUMENT_KINDS.some((known) => known === kind)) return null;
  if (typeof petIndex !== "number" || !Number.isInteger(petIndex) || petIndex < 0) return null;
  return { id, name, kind: kind as DocumentKind, size, petIndex };
}

const START_URL = "/api/v1/uploads";
const uploadUrl = (id: string) => `/api/v1/uploads/${encodeURIComponent(id)}`;
const completeUrl = (id: string) => `${uploadUrl(id)}/complete`;

const sameSaved = (a: readonly SavedUpload[], b: readonly SavedUpload[]) =>
  a.length === b.length &&
  a.every((upload, index) => upload.id === b[index]?.id && upload.petIndex === b[index].petIndex);

export class DocumentUploads {
  private uploads: readonly DocumentUpload[] = [];
  private saved: readonly SavedUpload[] = [];
  private readonly files = new Map<string, File>();
  private readonly sending = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly listeners = new Set<() => void>();
  /** The booking's Idempotency-Key: the server attaches only uploads started with it. */
  private readonly draftKey: () => string;

  constructor(draftKey: () => string) {
    this.draftKey = draftKey;
  }

  // Arrow properties: React calls these detached (useSyncExternalStore).
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getUploads = () => this.uploads;
  /** Changes only when the set of checked uploads does, so the draft is not rewritten on every progress event. */
  getSaved = () => this.saved;

  add(petIndex: number, kind: DocumentKind, files: readonly File[]) {
    const added = files.map((file): DocumentUpload => {
      const key = crypto.randomUUID();
      this.files.set(key, file);
      return {
        key,
        petIndex,
        kind,
        name: file.name,
        size: file.size,
        status: "uploading",
        progress: 0,
        canResend: true,
      };
    });
    this.change([...this.uploads, ...added]);
    for (const upload of added) this.send(upload.key, petIndex);
  }

  retry(key: string) {
    const upload = this.uploads.find((candidate) => candidate.key === key);
    if (upload?.canResend) this.send(key, upload.petIndex);
  }

  remove(key: string) {
    this.stop(key);
    this.discard(this.uploads.find((upload) => upload.key === key)?.id);
    this.files.delete(key);
    this.change(this.uploads.filter((upload) => upload.key !== key));
  }

  /**
   * The pet's files go with it. The server keeps the pet's position given when each upload started, so
   * files of the pets below, which move up one place, are sent again with their new position.
   */
  removePet(petIndex: number) {
    for (const upload of this.uploads) if (upload.petIndex === petIndex) this.remove(upload.key);
    const moving = this.uploads.filter((upload) => upload.petIndex > petIndex);
    this.change(
      this.uploads.map((upload) =>
        upload.petIndex > petIndex ? { ...upload, petIndex: upload.petIndex - 1 } : upload,
      ),
    );
    for (const upload of moving) {
      if (upload.status !== "uploading" && upload.status !== "ready") continue;
      if (upload.canResend) this.send(upload.key, upload.petIndex - 1);
      else
        this.update(upload.key, {
          status: "refused",
          id: undefined,
          message: `Add ${upload.name} again: a pet above it was removed after the page was reloaded.`,
        });
    }
  }

  /** Puts back the checked uploads the session draft kept; anything malformed is dropped. */
  restore(draft: unknown) {
    if (!Array.isArray(draft)) return;
    const saved = draft.map(savedUploadOf);
    if (saved.some((upload) => upload === null)) return;
    const restored = (saved as SavedUpload[]).map((saved): DocumentUpload => ({
      ...saved,
      key: crypto.randomUUID(),
      status: "ready",
      progress: 1,
      canResend: false,
    }));
    this.change([...restored, ...this.uploads]);
  }

  /** Resolves once nothing is being sent, including files added while waiting. */
  async settled() {
    while (this.sending.size > 0) await Promise.all([...this.sending.values()].map((sending) => sending.done));
  }

  uploadingCount = () => this.sending.size;
  notUploaded = () => this.uploads.filter((upload) => upload.status === "failed" || upload.status === "refused");
  readyIds = () => this.saved.map((upload) => upload.id);

  /** Stops every upload still running: the page is going away. */
  stopAll() {
    for (const key of [...this.sending.keys()]) this.stop(key);
  }

  private send(key: string, petIndex: number) {
    const file = this.files.get(key);
    const upload = this.uploads.find((candidate) => candidate.key === key);
    if (!file || !upload) return;
    this.stop(key);
    // Sent again (a pet above was removed): the copy under the old position goes.
    this.discard(upload.id);
    const controller = new AbortController();
    const isCurrent = () => this.sending.get(key)?.controller === controller;
    this.update(key, { status: "uploading", progress: 0, message: undefined, id: undefined, petIndex });
    const done = sendDocument({
      file,
      startUrl: START_URL,
      startBody: { kind: upload.kind, petIndex, draftKey: this.draftKey() },
      completeUrl,
      onProgress: (fraction) => this.update(key, { progress: fraction }),
      signal: controller.signal,
    })
      .then(
        (completed) => {
          if (isCurrent()) this.update(key, { status: "ready", progress: 1, id: completed.id });
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          const refused = error instanceof UploadRefused ? error : null;
          this.update(key, {
            status: refused && !refused.retryable ? "refused" : "failed",
            message: refused?.message ?? `${file.name} did not finish uploading. Try again.`,
          });
        },
      )
      .finally(() => {
        if (isCurrent()) this.sending.delete(key);
        this.emit();
      });
    this.sending.set(key, { controller, done });
  }

  /**
   * A checked upload the person removed is deleted on the server at once (its bytes, and its place in
   * the draft's limit). Best effort: one the request misses is swept by the server after a day.
   */
  private discard(id: string | undefined) {
    if (!id) return;
    void fetch(uploadUrl(id), { method: "DELETE", keepalive: true }).catch(() => undefined);
  }

  private stop(key: string) {
    this.sending.get(key)?.controller.abort();
    this.sending.delete(key);
  }

  private update(key: string, change: Partial<DocumentUpload>) {
    this.change(this.uploads.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  }

  private change(uploads: readonly DocumentUpload[]) {
    this.uploads = uploads;
    const saved = uploads.flatMap(({ id, name, kind, size, petIndex, status }) =>
      status === "ready" && id ? [{ id, name, kind, size, petIndex }] : [],
    );
    if (!sameSaved(saved, this.saved)) this.saved = saved;
    this.emit();
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }
}
