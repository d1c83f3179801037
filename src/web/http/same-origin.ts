import "server-only";
import { AppError } from "@/server/errors";

/**
 * Back-office writes are made with the session cookie, so a browser on another site must not be
 * able to make them. A request naming a foreign Origin is refused; integrations (no Origin) pass.
 */
export function assertSameOrigin(request: Request, appOrigin: string): void {
  const origin = request.headers.get("origin");
  if (origin && origin !== appOrigin && origin !== new URL(request.url).origin) {
    throw new AppError("FORBIDDEN", `Requests from ${origin} are not allowed`);
  }
}
