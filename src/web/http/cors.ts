import "server-only";
import { AppError } from "@/server/errors";

type CorsOptions = { allowedOrigins: readonly string[]; methods: string; appOrigin: string };

/**
 * CORS for the public API: only the configured origins (the marketing site) get Access-Control
 * headers. A browser request from any other site is refused outright; server-to-server calls carry
 * no Origin and pass.
 */
export function corsHeaders(request: Request, options: CorsOptions): Headers {
  const headers = new Headers({ Vary: "Origin" });
  const origin = request.headers.get("origin");
  if (!origin || origin === options.appOrigin || origin === new URL(request.url).origin) return headers;
  if (!options.allowedOrigins.includes(origin)) {
    throw new AppError("FORBIDDEN", `Requests from ${origin} are not allowed; ask us to add your site's origin`);
  }
  headers.set("Access-Control-Allow-Origin", origin);
  headers.set("Access-Control-Allow-Methods", options.methods);
  headers.set("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key");
  headers.set("Access-Control-Expose-Headers", "Idempotent-Replayed, Retry-After, Location");
  headers.set("Access-Control-Max-Age", "600");
  return headers;
}
