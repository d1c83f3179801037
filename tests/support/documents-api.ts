import {
  POST as startBookingDocumentRoute,
  GET as listDocumentsRoute,
} from "@/app/api/v1/bookings/[reference]/documents/route";
import { DELETE as deleteDocumentRoute } from "@/app/api/v1/bookings/[reference]/documents/[id]/route";
import { POST as completeBookingDocumentRoute } from "@/app/api/v1/bookings/[reference]/documents/[id]/complete/route";
import { GET as downloadRoute } from "@/app/api/v1/bookings/[reference]/documents/[id]/download/route";
import { POST as restoreRoute } from "@/app/api/v1/bookings/[reference]/documents/[id]/restore/route";
import { GET as filesRoute } from "@/app/api/v1/files/[token]/route";
import { POST as startUploadRoute } from "@/app/api/v1/uploads/route";
import { PUT as contentRoute } from "@/app/api/v1/uploads/[id]/content/route";
import { POST as completeUploadRoute } from "@/app/api/v1/uploads/[id]/complete/route";
import { DELETE as discardUploadRoute } from "@/app/api/v1/uploads/[id]/route";
import type { BookingDocumentView, StartedUpload } from "@/contracts/documents/views";
import { uniqueIp } from "./api-request";

// The documents API called through its real route handlers, as a browser or an integration would.

const APP = "http://localhost:3000";
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", "x-forwarded-for": uniqueIp(), ...headers },
  body: JSON.stringify(body),
});

export type UploadFile = { name: string; bytes: Uint8Array; contentType?: string; kind?: string; size?: number };

/** POST /api/v1/uploads. */
export function startPublicUpload(file: UploadFile, draftKey: string, petIndex?: number) {
  return startUploadRoute(
    new Request(`${APP}/api/v1/uploads`, {
      ...json({
        kind: file.kind ?? "pet_passport",
        petIndex,
        fileName: file.name,
        size: file.size ?? file.bytes.length,
        contentType: file.contentType ?? "application/pdf",
        draftKey,
      }),
    }),
  );
}

/** Sends the bytes where the start said: the app's PUT route (local) or a form POST to the bucket (s3). */
export async function sendBytes(started: StartedUpload, file: UploadFile): Promise<number> {
  const { upload } = started;
  if (upload.method === "PUT") {
    const url = new URL(upload.url);
    const response = await contentRoute(
      new Request(url, {
        method: "PUT",
        headers: upload.headers,
        body: Buffer.from(file.bytes),
        duplex: "half",
      } as RequestInit),
      params({ id: url.pathname.split("/")[4]! }),
    );
    return response.status;
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append(
    "file",
    new Blob([new Uint8Array(file.bytes)], { type: file.contentType ?? "application/pdf" }),
    file.name,
  );
  const response = await fetch(upload.url, { method: "POST", body: form });
  await response.arrayBuffer();
  return response.status;
}

export function completePublicUpload(id: string) {
  return completeUploadRoute(new Request(`${APP}/api/v1/uploads/${id}/complete`, json({})), params({ id }));
}

/** Start, send and complete a form's upload; answers the complete response. */
export async function uploadForDraft(file: UploadFile, draftKey: string, petIndex?: number) {
  const start = await startPublicUpload(file, draftKey, petIndex);
  if (start.status !== 201) return { start, complete: undefined, id: undefined };
  const started = (await start.json()) as StartedUpload;
  await sendBytes(started, file);
  return { start, complete: await completePublicUpload(started.id), id: started.id };
}

export function startBookingUpload(
  cookie: string,
  reference: string,
  file: UploadFile,
  extra: Record<string, unknown> = {},
) {
  return startBookingDocumentRoute(
    new Request(`${APP}/api/v1/bookings/${reference}/documents`, {
      ...json(
        {
          kind: file.kind ?? "vaccination_record",
          fileName: file.name,
          size: file.size ?? file.bytes.length,
          contentType: file.contentType ?? "application/pdf",
          ...extra,
        },
        { cookie, origin: APP },
      ),
    }),
    params({ reference }),
  );
}

export function completeBookingUpload(cookie: string, reference: string, id: string) {
  return completeBookingDocumentRoute(
    new Request(`${APP}/api/v1/bookings/${reference}/documents/${id}/complete`, json({}, { cookie, origin: APP })),
    params({ reference, id }),
  );
}

/** Start, send and complete a document on an existing booking. */
export async function uploadToBooking(
  cookie: string,
  reference: string,
  file: UploadFile,
  extra: Record<string, unknown> = {},
) {
  const start = await startBookingUpload(cookie, reference, file, extra);
  if (start.status !== 201) return { start, complete: undefined, id: undefined };
  const started = (await start.json()) as StartedUpload;
  await sendBytes(started, file);
  return { start, complete: await completeBookingUpload(cookie, reference, started.id), id: started.id };
}

export async function listDocuments(cookie: string, reference: string) {
  const response = await listDocumentsRoute(
    new Request(`${APP}/api/v1/bookings/${reference}/documents`, { headers: { cookie } }),
    params({ reference }),
  );
  return {
    status: response.status,
    items: response.ok ? ((await response.json()) as { items: BookingDocumentView[] }).items : [],
  };
}

export function download(cookie: string, reference: string, id: string) {
  return downloadRoute(
    new Request(`${APP}/api/v1/bookings/${reference}/documents/${id}/download`, { headers: { cookie } }),
    params({ reference, id }),
  );
}

/** GET /api/v1/files/{token} of a local driver link. */
export function openFileLink(url: string) {
  const token = new URL(url).pathname.split("/").pop()!;
  return filesRoute(new Request(url), params({ token }));
}

export function deleteDocument(cookie: string, reference: string, id: string) {
  return deleteDocumentRoute(
    new Request(`${APP}/api/v1/bookings/${reference}/documents/${id}`, {
      method: "DELETE",
      headers: { cookie, origin: APP },
    }),
    params({ reference, id }),
  );
}

export function restoreDocument(cookie: string, reference: string, id: string) {
  return restoreRoute(
    new Request(`${APP}/api/v1/bookings/${reference}/documents/${id}/restore`, json({}, { cookie, origin: APP })),
    params({ reference, id }),
  );
}

/** DELETE /api/v1/uploads/{id}: the form's file removed before sending. */
export function discardPublicUpload(id: string) {
  return discardUploadRoute(new Request(`${APP}/api/v1/uploads/${id}`, { method: "DELETE" }), params({ id }));
}
