import "server-only";
import type { z } from "zod";
import type { addBookingDocumentBodySchema, createUploadBodySchema } from "@/contracts/documents/schemas";
import { TokenSigner } from "@/server/storage/signed-token";

// The API document's examples of the documents routes: Luna's pet passport, for the sample booking of
// booking-examples.ts. tests/unit/openapi-examples.test.ts checks each against its schema and each
// request against the route's own parser.

const ORIGIN = "https://bookings.pawpathsae.com";
const BOOKING_ID = "8c1d4e2a-5b7f-4a3c-9e6d-2f0b1a7c3d59";
const PET_ID = "6a0f3b8d-2c4e-4d19-a7b5-9e1c3f5d7a20";
export const documentIdExample = "3f9a2c1e-7b4d-4e8a-9c2f-1d6e5b7a8c90";
const EARLIER_DOCUMENT_ID = "b7e2d4f6-1a3c-4e58-9b0d-6c8a2e4f1b37";
const FILE_NAME = "luna-passport.pdf";
const SIZE = 1_284_301;
const DRAFT_KEY = "0b6f1c9e-5d7a-4a59-9a3e-8f0f2a1c7b11";

/**
 * The example links are signed the way the local driver signs (signed-token.ts), with a key of their own,
 * at this moment: tests verify them with the same signer, so their shape is the one the routes read.
 */
export const EXAMPLE_LINK_SECRET = "the OpenAPI document's example key, not an installation's";
export const EXAMPLE_LINKS_MADE_AT = "2026-11-26T09:00:00.000Z";
const signer = new TokenSigner(EXAMPLE_LINK_SECRET);
const minutesAfterMaking = (minutes: number) => new Date(Date.parse(EXAMPLE_LINKS_MADE_AT) + minutes * 60_000);

export const uploadTokenExample = signer.sign(
  "storage-upload",
  { key: `quarantine/${documentIdExample}`, max: 10 * 1024 * 1024 },
  minutesAfterMaking(15),
);

const downloadToken = (key: string, type: string, disposition: string) =>
  signer.sign("storage-download", { key, type, disposition }, minutesAfterMaking(5));

export const fileTokenExample = downloadToken(
  `bookings/${BOOKING_ID}/${documentIdExample}`,
  "application/pdf",
  `attachment; filename="${FILE_NAME}"; filename*=UTF-8''${FILE_NAME}`,
);

/** POST /api/v1/uploads: the form's document before the booking is sent. */
export const createUploadExample = (): z.input<typeof createUploadBodySchema> => ({
  kind: "pet_passport",
  petIndex: 0,
  fileName: FILE_NAME,
  size: SIZE,
  contentType: "application/pdf",
  draftKey: DRAFT_KEY,
});

/** With s3, the browser posts the form to the bucket. */
export const startedUploadToBucketExample = {
  id: documentIdExample,
  upload: {
    method: "POST",
    url: "https://pawpath-documents.s3.me-central-1.amazonaws.com/",
    fields: {
      "Content-Type": "application/pdf",
      bucket: "pawpath-documents",
      "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
      "X-Amz-Credential": "EXAMPLEACCESSKEY/20261126/me-central-1/s3/aws4_request",
      "X-Amz-Date": "20261126T090000Z",
      key: `quarantine/${documentIdExample}`,
      Policy: "eyJleHBpcmF0aW9uIjoiMjAyNi0xMS0yNlQwOToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=",
      "X-Amz-Signature": "4f2e1c9a7b3d5e8f0a6c2b4d9e1f3a5c7b9d0e2f4a6c8b1d3e5f7a9c0b2d4e6f",
    },
  },
  expiresAt: minutesAfterMaking(15).toISOString(),
};

/** With the local driver, the browser PUTs the bytes to this app. */
export const startedUploadToAppExample = {
  id: documentIdExample,
  upload: {
    method: "PUT",
    url: `${ORIGIN}/api/v1/uploads/${documentIdExample}/content?token=${uploadTokenExample}`,
    headers: { "Content-Type": "application/pdf" },
  },
  expiresAt: minutesAfterMaking(15).toISOString(),
};

/** The first bytes of a minimal PDF: the body is the file itself. */
export const uploadContentExample = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/** The start of a WebP (a server-made thumbnail): a RIFF header naming WEBP. */
export const webpContentExample = "RIFF\u00a4\u0010\u0000\u0000WEBPVP8 ";

export const completedUploadExample = {
  id: documentIdExample,
  status: "ready",
  contentType: "application/pdf",
  size: SIZE,
};

/** POST /api/v1/bookings/{reference}/documents: a newer passport replacing the one sent with the form. */
export const addBookingDocumentExample = (): z.input<typeof addBookingDocumentBodySchema> => ({
  kind: "pet_passport",
  petId: PET_ID,
  fileName: FILE_NAME,
  size: SIZE,
  contentType: "application/pdf",
  supersedesId: EARLIER_DOCUMENT_ID,
});

const listedDocument = {
  id: documentIdExample,
  kind: "pet_passport",
  petId: PET_ID,
  petName: "Luna",
  name: FILE_NAME,
  contentType: "application/pdf",
  sizeBytes: SIZE,
  status: "ready",
  uploadedVia: "portal",
  uploadedBy: "Sara Al Mansoori",
  createdAt: "2026-11-26T08:58:12.000Z",
  supersedesId: EARLIER_DOCUMENT_ID,
  supersededById: null,
  deletedAt: null,
  restorableUntil: null,
  thumbnailUrl: null,
};

const earlierDocument = {
  ...listedDocument,
  id: EARLIER_DOCUMENT_ID,
  name: "passport-photo.jpg",
  contentType: "image/jpeg",
  sizeBytes: 842_113,
  uploadedVia: "web_form",
  uploadedBy: null,
  createdAt: "2026-11-24T10:14:31.000Z",
  supersedesId: null,
  supersededById: documentIdExample,
  thumbnailUrl: `${ORIGIN}/api/v1/files/${downloadToken(
    `bookings/${BOOKING_ID}/1d5b7f9a-3c2e-4a6d-8b0f-2e4c6a8d0f13`,
    "image/webp",
    `inline; filename="passport-photo.jpg.webp"; filename*=UTF-8''passport-photo.jpg.webp`,
  )}`,
};

export const bookingDocumentListExample = { items: [earlierDocument, listedDocument] };

export const restoredDocumentExample = { id: documentIdExample, restored: true };

/** Where GET …/download sends the browser (local driver; with s3, a presigned bucket url). */
export const downloadLocationExample = `${ORIGIN}/api/v1/files/${fileTokenExample}`;
