import { NextResponse, type NextRequest } from "next/server";

// An optimistic first redirect only: without a session cookie there is no point rendering the back
// office or the portal. Every page, action and route still checks the session and role itself
// (src/web/page-guard.ts, src/server/access/actor.ts); this file is never the only check.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSessionCookie = request.cookies.getAll().some((cookie) => cookie.name.endsWith("better-auth.session_token"));
  if (!hasSessionCookie) {
    const login = request.nextUrl.clone();
    login.pathname = "/login";
    login.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(login);
  }
  // Layouts cannot see the URL; the guard uses it to send a signed-out person back after sign-in.
  const headers = new Headers(request.headers);
  headers.set("x-pathname", pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/admin", "/admin/:path*", "/portal", "/portal/:path*"] };
