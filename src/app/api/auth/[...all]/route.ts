import { clientIp } from "@/web/http/client-ip";
import { getAuth } from "@/server/auth/auth";

// Better Auth's standard endpoints (POST /api/auth/sign-in/email, /sign-out, /request-password-reset, …).
// Its rate limits key on x-client-ip, which is always overwritten here with the address our one trusted
// proxy saw, so a forged X-Forwarded-For entry cannot buy a fresh limit.
async function handle(request: Request) {
  const auth = await getAuth();
  const response = await auth.handler(await withClientIp(request));
  // Better Auth names its wait X-Retry-After; clients and proxies read the standard Retry-After.
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status !== 429 || !retryAfter || response.headers.has("retry-after")) return response;
  const withRetryAfter = new Headers(response.headers);
  withRetryAfter.set("Retry-After", retryAfter);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: withRetryAfter,
  });
}

/**
 * The same request with our x-client-ip, built from its parts: on Node 24, `new Request(request, init)`
 * with the request Next.js hands a route throws ("Cannot read private member #state"), which made every
 * sign-in a 500. The bodies here are small JSON forms, read whole.
 */
async function withClientIp(request: Request): Promise<Request> {
  const headers = new Headers(request.headers);
  headers.set("x-client-ip", clientIp(request.headers));
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(request.url, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
  });
}

export { handle as GET, handle as POST };
