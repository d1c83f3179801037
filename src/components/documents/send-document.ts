"use client";
// One way every page uploads a document: start it on the server (which answers where to send the bytes),
// send the bytes with progress (straight to the bucket with s3, to the app with the local driver), then
// ask the server to check them. Every refusal is an UploadRefused carrying the server's sentence, which
// names the file ("passport.pdf is 12.4 MB; the limit is 10 MB").
import type { CompletedUpload, StartedUpload } from "@/contracts/documents/views";

export class UploadRefused extends Error {
  /** True when trying the same file again may work (network, expired link); false for a refused file. */
  readonly retryable: boolean;
  constructor(message: string, retryable: boolean) {
    super(message);
    this.name = "UploadRefused";
    this.retryable = retryable;
  }
}

export type SendDocumentOptions = {
  file: File;
  /** POST /api/v1/uploads or POST /api/v1/bookings/{reference}/documents. */
  startUrl: string;
  /** The start request's JSON body, without the file's name, size and type (added here). */
  startBody: Record<string, unknown>;
  /** The complete URL of the started upload's id. */
  completeUrl: (id: string) => string;
  /** 0 to 1 while the bytes are sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

type ErrorAnswer = { error?: { message?: string; fields?: Record<string, string> } };

async function refusalOf(response: Response, fallback: string): Promise<UploadRefused> {
  const answer = (await response.json().catch(() => ({}))) as ErrorAnswer;
  const fields = answer.error?.fields ?? {};
  const message = fields.file ?? fields.size ?? fields.fileName ?? fields.kind ?? answer.error?.message ?? fallback;
  // A 4xx other than 408/429 says the file or request itself is refused; anything else may pass later.
  const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
  return new UploadRefused(message, retryable);
}

async function postJson(url: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UploadRefused("We could not reach the server. Check your connection and try again.", true);
  }
}

/** Sends the bytes with XMLHttpRequest: fetch has no upload progress. */
function sendBytes(started: StartedUpload, file: File, onProgress?: (fraction: number) => void, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest();
    const { upload } = started;
    request.open(upload.method, upload.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve();
      else if (request.status === 413 || request.status === 400)
        reject(new UploadRefused(`${file.name} was refused while uploading.`, false));
      else reject(new UploadRefused(`${file.name} did not finish uploading. Try again.`, true));
    };
    request.onerror = () => reject(new UploadRefused(`${file.name} did not finish uploading. Try again.`, true));
    request.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    if (upload.method === "PUT") {
      for (const [name, value] of Object.entries(upload.headers)) request.setRequestHeader(name, value);
      request.send(file);
    } else {
      const form = new FormData();
      for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
      // S3 reads every field before the file, and ignores fields after it.
      form.append("file", file);
      request.send(form);
    }
  });
}

export async function sendDocument(options: SendDocumentOptions): Promise<CompletedUpload> {
  const { file, signal } = options;
  const startResponse = await postJson(
    options.startUrl,
    { ...options.startBody, fileName: file.name, size: file.size, contentType: file.type || undefined },
    signal,
  );
  if (!startResponse.ok) throw await refusalOf(startResponse, `${file.name} could not be uploaded.`);
  const started = (await startResponse.json()) as StartedUpload;
  await sendBytes(started, file, options.onProgress, signal);
  const completeResponse = await postJson(options.completeUrl(started.id), {}, signal);
  if (!completeResponse.ok) throw await refusalOf(completeResponse, `${file.name} could not be checked.`);
  return (await completeResponse.json()) as CompletedUpload;
}
