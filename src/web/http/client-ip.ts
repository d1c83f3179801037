import "server-only";

/**
 * The client's address as the nearest hop saw it: the right-most X-Forwarded-For entry.
 * Next.js fills that header from the socket when it is absent, and in production the one trusted
 * reverse proxy (nginx, see docs/deploy.md) appends the address it received the request from.
 * Entries further left are written by the client and can be forged, so they are never used.
 * Keep the app port closed to the internet so that every request comes through that proxy.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const nearest = forwarded?.split(",").at(-1)?.trim();
  return nearest || headers.get("x-real-ip")?.trim() || "unknown";
}
