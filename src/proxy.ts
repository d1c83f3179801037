import { NextResponse, type NextRequest } from "next/server";
import { INTERNAL_HEADERS } from "@/lib/next-internal-headers";
import {
  CONTENT_SECURITY_POLICY_HEADER,
  contentSecurityPolicy,
  createScriptNonce,
  storageOriginFrom,
} from "@/web/http/content-security-policy";
import type { ErrorBody } from "@/web/http/responses";

// Runs before every page and route (not static files), for five reasons:
// 1. Next.js answers a path whose percent-escapes do not decode (`/api/v1/bookings/%E0%A4%A`) with a
//    500 before our code runs, because it decodes dynamic segments first. Here it becomes a 400 with
//    our JSON error on /api and the normal not-found page elsewhere.
// 2. Next.js's own internal request headers must not come from outside: with `x-middleware-prefetch`
//    any page or route answers `200 {}` without running (base-server.js), which a proxy can cache and a
//    monitor misreads. They are removed before Next.js sees them (docs/deploy.md strips them at the edge too).
// 3. An optimistic first redirect for the back office and the portal: without a session cookie there is
//    no point rendering them. Every page, action and route still checks the session and role itself
//    (src/web/page-guard.ts, src/server/access/actor.ts); this file is never the only check.
// 4. Every page request gets a fresh script nonce in its Content-Security-Policy, so no inline script
//    runs without it (src/web/http/content-security-policy.ts); /api keeps next.config's policy.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodesCleanly(pathname)) return refuseMalformedPath(request);
  if (!isSignedInArea(pathname)) return forwardWithoutInternalHeaders(request);

  const hasSessionCookie = request.cookies.getAll().some((cookie) => cookie.name.endsWith("better-auth.session_token"));
  if (!hasSessionCookie) {
    const login = request.nextUrl.clone();
    login.pathname = "/login";
    login.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(login);
  }
  // Layouts cannot see the URL; the guard uses it to send a signed-out person back after sign-in.
  const headers = withoutInternalHeaders(request.headers);
  headers.set("x-pathname", pathname + search);
  return forwardPage(headers);
}

function withoutInternalHeaders(source: Headers): Headers {
  const headers = new Headers(source);
  for (const name of INTERNAL_HEADERS) headers.delete(name);
  return headers;
}

function forwardWithoutInternalHeaders(request: NextRequest) {
  if (!isApiPath(request.nextUrl.pathname)) return forwardPage(withoutInternalHeaders(request.headers));
  // An API request's headers are overridden only when needed: it stays exactly as it came, and cheap.
  if (!INTERNAL_HEADERS.some((name) => request.headers.has(name))) return NextResponse.next();
  return NextResponse.next({ request: { headers: withoutInternalHeaders(request.headers) } });
}

/**
 * A page's request and response carry the same policy with a new nonce: Next.js reads the nonce from
 * the request's policy and puts it on every script it renders; the browser enforces the response's.
 */
function forwardPage(headers: Headers, rewriteTo?: URL) {
  const policy = contentSecurityPolicy({
    nonce: createScriptNonce(),
    development: process.env.NODE_ENV !== "production",
    storageOrigin: storageOrigin(),
  });
  headers.set(CONTENT_SECURITY_POLICY_HEADER, policy);
  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set(CONTENT_SECURITY_POLICY_HEADER, policy);
  return response;
}

let cachedStorageOrigin: { value: string | undefined } | undefined;
function storageOrigin(): string | undefined {
  cachedStorageOrigin ??= { value: storageOriginFrom(process.env) };
  return cachedStorageOrigin.value;
}

function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

function isSignedInArea(pathname: string): boolean {
  return ["/admin", "/portal"].some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

function decodesCleanly(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** No page or route is named like this, so the rewrite renders the app's usual 404 page. */
const NOT_FOUND_PATH = "/_malformed-path";

function refuseMalformedPath(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isApiPath(pathname)) {
    const body: ErrorBody = {
      error: { code: "VALIDATION", message: "The path contains a malformed percent-escape (such as %E0%A4%A)." },
    };
    return NextResponse.json(body, { status: 400 });
  }
  const notFound = request.nextUrl.clone();
  notFound.pathname = NOT_FOUND_PATH;
  return forwardPage(withoutInternalHeaders(request.headers), notFound);
}

// Every path except the build's static files (no dynamic segment, nothing to refuse or strip there) and
// `/api/v1/bookings` itself: intake and the bookings list are the hottest routes, their path has no
// dynamic segment to refuse, and running a proxy costs each request a copy of its body and about half
// the server time of a booking (BENCHMARKS.md). Nor the local driver's upload (`/api/v1/uploads/{id}/content`):
// the proxy would buffer the whole file in memory and cut it at 10 MB (proxyClientMaxBodySize). Only an
// id of uuid characters skips it: a malformed percent-escape there still gets the proxy's 400. They still pass through here when a request carries
// one of Next.js's internal headers, which must be stripped on every route: one entry per header,
// because Next.js reads this config at build time and takes literals only (tests/unit/proxy-matcher.test.ts
// keeps the list in step with INTERNAL_HEADERS in src/lib/next-internal-headers.ts).
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/v1/bookings$|api/v1/uploads/[0-9a-f-]+/content$).*)",
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-middleware-prefetch" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-middleware-subrequest" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-middleware-subrequest-id" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-nextjs-data" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-invoke-path" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-invoke-query" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-invoke-output" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-invoke-status" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-invoke-error" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-now-route-matches" }] },
    { source: "/api/v1/bookings", has: [{ type: "header", key: "x-matched-path" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-middleware-prefetch" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-middleware-subrequest" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-middleware-subrequest-id" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-nextjs-data" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-invoke-path" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-invoke-query" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-invoke-output" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-invoke-status" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-invoke-error" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-now-route-matches" }] },
    { source: "/api/v1/uploads/:id/content", has: [{ type: "header", key: "x-matched-path" }] },
  ],
};
