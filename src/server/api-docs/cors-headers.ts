import { errorResponse } from "./error-responses";
import type { ApiHeader } from "./operation";

/**
 * The public endpoints (the intake, the form's uploads) answer browsers from PUBLIC_FORM_ORIGINS with
 * CORS headers, errors included (src/web/route.ts); a call without an Origin (another server) gets none.
 */
export const publicFormCors: Record<string, ApiHeader> = {
  "Access-Control-Allow-Origin": {
    description: "The request's Origin, when it is one of PUBLIC_FORM_ORIGINS",
    schema: { type: "string", format: "uri", maxLength: 2048 },
  },
};

/** A browser on an origin not in PUBLIC_FORM_ORIGINS is refused, before anything is read. */
export const foreignOriginRefused = errorResponse(
  "A browser request from an origin that is not allowed",
  {
    code: "FORBIDDEN",
    message: "Requests from https://example.org are not allowed; ask us to add your site's origin",
  },
  publicFormCors,
);
