import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";

// Documents made through the real API for the access matrix (the e2e server stores them with the local
// driver): each step checks its answer, so a matrix cell can only fail for the reason it tests.

/** A minimal PDF: its first bytes are what the server's type check reads. */
export const SAMPLE_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** The body that declares SAMPLE_PDF as a booking's document. */
export const BOOKING_DOCUMENT_BODY = {
  kind: "vaccination_record",
  fileName: "rabies-vaccination.pdf",
  size: SAMPLE_PDF.length,
  contentType: "application/pdf",
};

/** The body that declares SAMPLE_PDF for a booking not sent yet, under a draft key of its own. */
export const uploadBody = (draftKey: string = randomUUID()) => ({
  kind: "pet_passport",
  petIndex: 0,
  fileName: "pet-passport.pdf",
  size: SAMPLE_PDF.length,
  contentType: "application/pdf",
  draftKey,
});

type Started = { id: string; upload: { method: string; url: string } };

/** The local driver's upload url as a path on the server under test (its token kept in the query). */
function contentPathOf(started: Started): string {
  expect(started.upload.method).toBe("PUT");
  const url = new URL(started.upload.url);
  return `${url.pathname}${url.search}`;
}

/** Starts a form's upload (public); answers its id and where its bytes go. */
export async function startUpload(request: APIRequestContext): Promise<{ id: string; contentPath: string }> {
  const response = await request.post("/api/v1/uploads", { data: uploadBody() });
  expect(response.status()).toBe(201);
  const started = (await response.json()) as Started;
  return { id: started.id, contentPath: contentPathOf(started) };
}

async function sendBytes(request: APIRequestContext, contentPath: string): Promise<void> {
  const sent = await request.put(contentPath, { data: SAMPLE_PDF, headers: { "content-type": "application/pdf" } });
  expect(sent.status()).toBe(204);
}

/** A form's upload whose bytes were sent, not yet completed. */
export async function sentUpload(request: APIRequestContext): Promise<string> {
  const { id, contentPath } = await startUpload(request);
  await sendBytes(request, contentPath);
  return id;
}

/** A document of the booking whose bytes were sent, not yet completed (`team` may add documents). */
export async function sentBookingDocument(team: APIRequestContext, reference: string): Promise<string> {
  const response = await team.post(`/api/v1/bookings/${reference}/documents`, { data: BOOKING_DOCUMENT_BODY });
  expect(response.status()).toBe(201);
  const started = (await response.json()) as Started;
  await sendBytes(team, contentPathOf(started));
  return started.id;
}

/** A checked document of the booking. */
export async function readyBookingDocument(team: APIRequestContext, reference: string): Promise<string> {
  const id = await sentBookingDocument(team, reference);
  const completed = await team.post(`/api/v1/bookings/${reference}/documents/${id}/complete`);
  expect(completed.status()).toBe(200);
  return id;
}

/** The short-lived link a download redirects to, as a path on the server under test. */
export async function downloadLink(request: APIRequestContext, reference: string, id: string): Promise<string> {
  const response = await request.get(`/api/v1/bookings/${reference}/documents/${id}/download`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  const url = new URL(response.headers().location!);
  return `${url.pathname}${url.search}`;
}

/** The same link with one character of its signature changed: no longer one the server made. */
export function tampered(link: string): string {
  const last = link.at(-1);
  return `${link.slice(0, -1)}${last === "A" ? "B" : "A"}`;
}
