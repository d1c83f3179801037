// Every page and API route of the app, with who may use it. tests/unit/route-registry.test.ts fails
// when a page or route handler exists that is not listed here (or is listed but gone), so a new
// route cannot be forgotten; e2e/access-matrix.spec.ts requests every entry as each role.

import { BOOKING_DOCUMENT_BODY, SAMPLE_PDF, tampered, uploadBody } from "./access-documents";

/** A well-formed id nothing has (preflights read no id at all). */
const NO_ID = "00000000-0000-4000-8000-000000000000";

/**
 * public: anyone. team: staff and admins. admin: admins only. customer: signed-in customers (their
 * own data). teamOrOwner: the team, or the customer whose booking it is. signed: whoever holds a link
 * the server signed, whatever their session (the path given is an altered link: 404 for everyone).
 * Webhooks, signed links and Better Auth's own endpoints authenticate differently and are tested on their own.
 */
export type Access = "public" | "team" | "admin" | "customer" | "teamOrOwner" | "webhook" | "signed" | "betterAuth";

export type Role = "anonymous" | "customer" | "staff" | "admin";

/** The documents the matrix makes for the run (through the API, as an admin and the public form). */
export type DocumentRouteContext = {
  /** A form's upload, started: its id and the path (with its token) its bytes go to. */
  startedUpload: () => Promise<{ id: string; contentPath: string }>;
  /** A form's upload whose bytes were sent. */
  sentUpload: () => Promise<string>;
  /** A checked document of `ownReference` and one of `otherReference`. */
  ownDocumentId: string;
  otherDocumentId: string;
  /** A document of the booking whose bytes were sent (made by an admin), ready to complete. */
  sentDocument: (reference: string) => Promise<string>;
  /** A checked document of a fresh booking, and one deleted by an admin. */
  freshDocument: () => Promise<{ reference: string; id: string }>;
  deletedDocument: () => Promise<{ reference: string; id: string }>;
  /** A genuine signed file link (a download's), as a path. */
  signedFileLink: () => Promise<string>;
};

/**
 * Made-up documents, for tests whose requests are refused (or not found) before any id is looked up:
 * well-formed ids and a link no server signed.
 */
/** A made-up update for the customer, for tests whose requests are refused before any id is looked up. */
export const madeUpCustomerUpdate = async () => ({ reference: "PP-000000", id: NO_ID });

export const MADE_UP_DOCUMENTS: DocumentRouteContext = {
  startedUpload: async () => ({ id: NO_ID, contentPath: `/api/v1/uploads/${NO_ID}/content?token=made.up` }),
  sentUpload: async () => NO_ID,
  ownDocumentId: NO_ID,
  otherDocumentId: NO_ID,
  sentDocument: async () => NO_ID,
  freshDocument: async () => ({ reference: "PP-000000", id: NO_ID }),
  deletedDocument: async () => ({ reference: "PP-000000", id: NO_ID }),
  signedFileLink: async () => "/api/v1/files/made.up",
};

/** Values the matrix fills in: real ids and references made for the run. */
export type RouteContext = {
  /** A booking of the signed-in customer; `otherReference` belongs to someone else. */
  ownReference: string;
  /** The email `ownReference` was booked with (POST /api/v1/track's body). */
  ownEmail?: string;
  otherReference: string;
  /** A fresh booking for each write, so that one role's change does not decide another's answer. */
  freshReference: () => Promise<string>;
  deletedReference: () => Promise<string>;
  /** An update for the customer, posted by an admin on a fresh booking (for its withdrawal). */
  customerUpdate: () => Promise<{ reference: string; id: string }>;
  emailId: string;
  mailboxId: string;
  documents: DocumentRouteContext;
};

export type RouteEntry = {
  route: string;
  kind: "page" | "api";
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
  access: Access;
  /** The concrete path to request; defaults to `route`. */
  path?: (context: RouteContext, role: Role) => Promise<string> | string;
  /**
   * A valid body, so that a refusal can only mean "not allowed". "intake": a fresh booking's; "track":
   * the own booking's reference and email.
   */
  body?: unknown;
  headers?: Record<string, string>;
  /** Allowed answers are a 303 See Other to a Location matching this (a download's short-lived link). */
  redirectsTo?: RegExp;
  /** An answer that never ends (Server-Sent Events): the matrix reads its status, then cancels the body. */
  stream?: true;
};

const booking =
  (suffix = "") =>
  async (context: RouteContext) =>
    `/api/v1/bookings/${await context.freshReference()}${suffix}`;

/** A customer's own booking for a customer, someone else's for everyone else (the team sees any). */
const visibleReference = (context: RouteContext, role: Role) =>
  role === "customer" ? context.ownReference : context.otherReference;

const documentOf =
  (make: (context: RouteContext) => Promise<{ reference: string; id: string }>, suffix = "") =>
  async (context: RouteContext) => {
    const { reference, id } = await make(context);
    return `/api/v1/bookings/${reference}/documents/${id}${suffix}`;
  };

export const ROUTES: RouteEntry[] = [
  // The public site and sign-in.
  { route: "/", kind: "page", method: "GET", access: "public" },
  { route: "/book", kind: "page", method: "GET", access: "public" },
  {
    route: "/book/thank-you/[reference]",
    kind: "page",
    method: "GET",
    access: "public",
    path: (c) => `/book/thank-you/${c.otherReference}`,
  },
  { route: "/docs/api", kind: "page", method: "GET", access: "public" },
  { route: "/privacy", kind: "page", method: "GET", access: "public" },
  { route: "/track", kind: "page", method: "GET", access: "public" },
  { route: "/login", kind: "page", method: "GET", access: "public" },
  { route: "/login/two-factor", kind: "page", method: "GET", access: "public" },
  { route: "/forgot-password", kind: "page", method: "GET", access: "public" },
  { route: "/reset-password", kind: "page", method: "GET", access: "public" },

  // The customer portal.
  { route: "/portal", kind: "page", method: "GET", access: "customer" },
  {
    route: "/portal/bookings/[reference]",
    kind: "page",
    method: "GET",
    access: "customer",
    path: (c) => `/portal/bookings/${c.ownReference}`,
  },

  // The back office.
  { route: "/admin", kind: "page", method: "GET", access: "team" },
  { route: "/admin/account", kind: "page", method: "GET", access: "team" },
  {
    route: "/admin/bookings/[reference]",
    kind: "page",
    method: "GET",
    access: "team",
    path: (c) => `/admin/bookings/${c.otherReference}`,
  },
  { route: "/admin/emails", kind: "page", method: "GET", access: "admin" },
  {
    route: "/admin/emails/[id]",
    kind: "page",
    method: "GET",
    access: "admin",
    path: (c) => `/admin/emails/${c.emailId}`,
  },
  { route: "/admin/emails/templates", kind: "page", method: "GET", access: "admin" },
  {
    route: "/admin/emails/templates/[name]",
    kind: "page",
    method: "GET",
    access: "admin",
    path: () => "/admin/emails/templates/flight_booked",
  },
  { route: "/admin/mailbox", kind: "page", method: "GET", access: "admin" },
  {
    route: "/admin/mailbox/[id]",
    kind: "page",
    method: "GET",
    access: "admin",
    path: (c) => `/admin/mailbox/${c.mailboxId}`,
  },
  { route: "/admin/settings", kind: "page", method: "GET", access: "admin" },
  { route: "/admin/users", kind: "page", method: "GET", access: "admin" },
  { route: "/admin/audit", kind: "page", method: "GET", access: "admin" },

  // The API.
  // Reference data for the flight form: every airport's time zone.
  { route: "/data/airport-time-zones.json", kind: "api", method: "GET", access: "public" },
  { route: "/api/health", kind: "api", method: "GET", access: "public" },
  { route: "/api/ready", kind: "api", method: "GET", access: "public" },
  { route: "/api/v1/openapi.json", kind: "api", method: "GET", access: "public" },
  { route: "/api/v1/bookings", kind: "api", method: "OPTIONS", access: "public" },
  { route: "/api/v1/bookings", kind: "api", method: "POST", access: "public", body: "intake" },
  { route: "/api/v1/bookings", kind: "api", method: "GET", access: "team" },
  {
    route: "/api/v1/bookings/export",
    kind: "api",
    method: "GET",
    access: "team",
    path: (c) => `/api/v1/bookings/export?q=${c.otherReference}`,
  },
  {
    route: "/api/v1/bookings/[reference]",
    kind: "api",
    method: "GET",
    access: "teamOrOwner",
    path: (c, role) => `/api/v1/bookings/${role === "customer" ? c.ownReference : c.otherReference}`,
  },
  {
    route: "/api/v1/bookings/[reference]",
    kind: "api",
    method: "PATCH",
    access: "admin",
    path: booking(),
    body: { specialRequests: "Changed by the access matrix" },
    headers: { "if-match": '"1"' },
  },
  { route: "/api/v1/bookings/[reference]", kind: "api", method: "DELETE", access: "admin", path: booking() },
  {
    route: "/api/v1/bookings/[reference]/status",
    kind: "api",
    method: "POST",
    access: "team",
    path: booking("/status"),
    body: { status: "confirmed", notifyCustomer: false },
  },
  { route: "/api/v1/bookings/[reference]/notes", kind: "api", method: "GET", access: "team", path: booking("/notes") },
  {
    route: "/api/v1/bookings/[reference]/notes",
    kind: "api",
    method: "POST",
    access: "team",
    path: booking("/notes"),
    body: { body: "Written by the access matrix" },
  },
  {
    route: "/api/v1/bookings/[reference]/updates",
    kind: "api",
    method: "POST",
    access: "team",
    path: booking("/updates"),
    body: { text: "Written by the access matrix", notifyCustomer: false },
  },
  {
    route: "/api/v1/bookings/[reference]/updates/[id]",
    kind: "api",
    method: "DELETE",
    access: "admin",
    path: async (c) => {
      const { reference, id } = await c.customerUpdate();
      return `/api/v1/bookings/${reference}/updates/${id}`;
    },
  },
  {
    route: "/api/v1/bookings/[reference]/restore",
    kind: "api",
    method: "POST",
    access: "admin",
    path: async (c) => `/api/v1/bookings/${await c.deletedReference()}/restore`,
  },
  { route: "/api/v1/me/bookings", kind: "api", method: "GET", access: "customer" },
  {
    route: "/api/v1/me/bookings/[reference]/journey",
    kind: "api",
    method: "GET",
    access: "customer",
    path: (c, role) => `/api/v1/me/bookings/${visibleReference(c, role)}/journey`,
  },
  {
    route: "/api/v1/me/bookings/[reference]/events",
    kind: "api",
    method: "GET",
    access: "customer",
    path: (c, role) => `/api/v1/me/bookings/${visibleReference(c, role)}/events`,
    stream: true,
  },
  {
    route: "/api/v1/me/contact",
    kind: "api",
    method: "PATCH",
    access: "customer",
    body: { preferredContact: "phone" },
  },

  // Tracking: anyone with the reference and its email (the matrix sends the own booking's); the emailed
  // link's token is the credential there, so the path given is an altered one (404 for everyone).
  { route: "/api/v1/track", kind: "api", method: "OPTIONS", access: "public" },
  { route: "/api/v1/track", kind: "api", method: "POST", access: "public", body: "track" },
  {
    route: "/api/v1/track/[reference]",
    kind: "api",
    method: "GET",
    access: "signed",
    path: (c) => `/api/v1/track/${c.ownReference}?t=${"A".repeat(43)}`,
  },

  // Documents: the form's uploads are public like the intake; a booking's are the team's or its customer's.
  { route: "/api/v1/uploads", kind: "api", method: "OPTIONS", access: "public" },
  { route: "/api/v1/uploads", kind: "api", method: "POST", access: "public", body: uploadBody("access-matrix-draft") },
  {
    route: "/api/v1/uploads/[id]",
    kind: "api",
    method: "OPTIONS",
    access: "public",
    path: () => `/api/v1/uploads/${NO_ID}`,
  },
  {
    route: "/api/v1/uploads/[id]",
    kind: "api",
    method: "DELETE",
    access: "public",
    path: async (c) => `/api/v1/uploads/${(await c.documents.startedUpload()).id}`,
  },
  {
    route: "/api/v1/uploads/[id]/content",
    kind: "api",
    method: "OPTIONS",
    access: "public",
    path: () => `/api/v1/uploads/${NO_ID}/content`,
  },
  {
    route: "/api/v1/uploads/[id]/content",
    kind: "api",
    method: "PUT",
    access: "public",
    path: async (c) => (await c.documents.startedUpload()).contentPath,
    body: SAMPLE_PDF,
    headers: { "content-type": "application/pdf" },
  },
  {
    route: "/api/v1/uploads/[id]/complete",
    kind: "api",
    method: "OPTIONS",
    access: "public",
    path: () => `/api/v1/uploads/${NO_ID}/complete`,
  },
  {
    route: "/api/v1/uploads/[id]/complete",
    kind: "api",
    method: "POST",
    access: "public",
    path: async (c) => `/api/v1/uploads/${await c.documents.sentUpload()}/complete`,
  },
  {
    route: "/api/v1/bookings/[reference]/documents",
    kind: "api",
    method: "GET",
    access: "teamOrOwner",
    path: (c, role) => `/api/v1/bookings/${visibleReference(c, role)}/documents`,
  },
  {
    route: "/api/v1/bookings/[reference]/documents",
    kind: "api",
    method: "POST",
    access: "teamOrOwner",
    path: (c, role) => `/api/v1/bookings/${visibleReference(c, role)}/documents`,
    body: BOOKING_DOCUMENT_BODY,
  },
  {
    route: "/api/v1/bookings/[reference]/documents/[id]/complete",
    kind: "api",
    method: "POST",
    access: "teamOrOwner",
    path: async (c, role) => {
      const reference = visibleReference(c, role);
      return `/api/v1/bookings/${reference}/documents/${await c.documents.sentDocument(reference)}/complete`;
    },
  },
  {
    route: "/api/v1/bookings/[reference]/documents/[id]/download",
    kind: "api",
    method: "GET",
    access: "teamOrOwner",
    path: (c, role) =>
      `/api/v1/bookings/${visibleReference(c, role)}/documents/${role === "customer" ? c.documents.ownDocumentId : c.documents.otherDocumentId}/download`,
    redirectsTo: /\/api\/v1\/files\/[\w-]+\.[\w-]{43}$/,
  },
  {
    route: "/api/v1/bookings/[reference]/documents/[id]",
    kind: "api",
    method: "DELETE",
    access: "admin",
    path: documentOf((c) => c.documents.freshDocument()),
  },
  {
    route: "/api/v1/bookings/[reference]/documents/[id]/restore",
    kind: "api",
    method: "POST",
    access: "admin",
    path: documentOf((c) => c.documents.deletedDocument(), "/restore"),
  },
  {
    route: "/api/v1/files/[token]",
    kind: "api",
    method: "GET",
    access: "signed",
    path: async (c) => tampered(await c.documents.signedFileLink()),
  },
  { route: "/api/webhooks/resend", kind: "api", method: "POST", access: "webhook" },
  { route: "/api/webhooks/sendgrid", kind: "api", method: "POST", access: "webhook" },
  { route: "/api/auth/[...all]", kind: "api", method: "GET", access: "betterAuth" },
  { route: "/api/auth/[...all]", kind: "api", method: "POST", access: "betterAuth" },
];

/** Whether a role may use a route. */
export function allows(access: Access, role: Role): boolean {
  switch (access) {
    case "public":
      return true;
    case "team":
      return role === "staff" || role === "admin";
    case "admin":
      return role === "admin";
    case "customer":
      return role === "customer";
    case "teamOrOwner":
      return role !== "anonymous";
    case "webhook":
    case "signed":
    case "betterAuth":
      return false;
  }
}
