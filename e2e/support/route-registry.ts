// Every page and API route of the app, with who may use it. tests/unit/route-registry.test.ts fails
// when a page or route handler exists that is not listed here (or is listed but gone), so a new
// route cannot be forgotten; e2e/access-matrix.spec.ts requests every entry as each role.

/**
 * public: anyone. team: staff and admins. admin: admins only. customer: signed-in customers (their
 * own data). teamOrOwner: the team, or the customer whose booking it is. Webhooks and Better Auth's
 * own endpoints authenticate differently and are tested on their own.
 */
export type Access = "public" | "team" | "admin" | "customer" | "teamOrOwner" | "webhook" | "betterAuth";

export type Role = "anonymous" | "customer" | "staff" | "admin";

/** Values the matrix fills in: real ids and references made for the run. */
export type RouteContext = {
  /** A booking of the signed-in customer; `otherReference` belongs to someone else. */
  ownReference: string;
  otherReference: string;
  /** A fresh booking for each write, so that one role's change does not decide another's answer. */
  freshReference: () => Promise<string>;
  deletedReference: () => Promise<string>;
  emailId: string;
  mailboxId: string;
};

export type RouteEntry = {
  route: string;
  kind: "page" | "api";
  method: "GET" | "POST" | "PATCH" | "DELETE" | "OPTIONS";
  access: Access;
  /** The concrete path to request; defaults to `route`. */
  path?: (context: RouteContext, role: Role) => Promise<string> | string;
  /** A valid body, so that a refusal can only mean "not allowed". */
  body?: unknown;
  headers?: Record<string, string>;
};

const booking =
  (suffix = "") =>
  async (context: RouteContext) =>
    `/api/v1/bookings/${await context.freshReference()}${suffix}`;

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
  { route: "/login", kind: "page", method: "GET", access: "public" },
  { route: "/login/two-factor", kind: "page", method: "GET", access: "public" },
  { route: "/forgot-password", kind: "page", method: "GET", access: "public" },
  { route: "/reset-password", kind: "page", method: "GET", access: "public" },

  // The customer portal.
  { route: "/portal", kind: "page", method: "GET", access: "customer" },

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
    route: "/api/v1/bookings/[reference]/restore",
    kind: "api",
    method: "POST",
    access: "admin",
    path: async (c) => `/api/v1/bookings/${await c.deletedReference()}/restore`,
  },
  { route: "/api/v1/me/bookings", kind: "api", method: "GET", access: "customer" },
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
    case "betterAuth":
      return false;
  }
}
