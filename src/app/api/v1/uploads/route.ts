import { getConfig } from "@/config/env";
import { startUpload } from "@/server/documents/start-upload";
import { preflight, route } from "@/web/route";

// The marketing site's form uploads from its own origin too (PUBLIC_FORM_ORIGINS).
const cors = { methods: "POST, OPTIONS" };

export const OPTIONS = preflight(cors);

/**
 * Starts a document for a booking not submitted yet: `{ kind, petIndex?, fileName, size, contentType,
 * draftKey }` → 201 with where to send the bytes. Public, counted per client IP.
 */
export const POST = route({ cors, session: false }, async ({ request, ctx, body }) => {
  const config = getConfig();
  const appOrigin = new URL(config.APP_URL).origin;
  const started = await startUpload({
    db: ctx.db,
    body: await body(),
    via: request.headers.get("origin") === appOrigin ? "web_form" : "api",
    rateLimit: {
      clientIp: ctx.ip,
      max: config.UPLOAD_RATE_LIMIT_MAX,
      windowSeconds: config.UPLOAD_RATE_LIMIT_WINDOW_SECONDS,
    },
  });
  return Response.json(started, { status: 201, headers: { "Cache-Control": "no-store" } });
});
