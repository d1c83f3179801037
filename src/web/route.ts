import "server-only";
import { getConfig } from "@/config/env";
import { corsHeaders } from "./http/cors";
import { readJsonBody } from "./http/json-body";
import { errorResponse } from "./http/responses";
import { assertSameOrigin } from "./http/same-origin";
import { logUnexpected } from "./log-unexpected";
import { resolveRequestContext, type RequestContext } from "./request-context";

export type RouteOptions = {
  /** Refuse a browser on another site (writes made with the session cookie). */
  sameOrigin?: boolean;
  /** Answer the origins in PUBLIC_FORM_ORIGINS with CORS headers (public endpoints); others are refused. */
  cors?: { methods: string };
  /** The largest JSON body `body()` reads, in bytes (413 past it). */
  bodyLimit?: number;
  /** false: a public endpoint that never looks at the session (the context's actor is null). */
  session?: boolean;
};

export type RouteArgs<Params> = {
  request: Request;
  params: Params;
  ctx: RequestContext;
  /** The JSON body, within `bodyLimit`: 415 for another content type, 413 too large, 400 not JSON. */
  body: () => Promise<unknown>;
};

type NextRouteContext<Params> = { params: Promise<Params> };

function allowedCors(request: Request, cors: RouteOptions["cors"]): Headers {
  if (!cors) return new Headers();
  const config = getConfig();
  return corsHeaders(request, { allowedOrigins: config.PUBLIC_FORM_ORIGINS, methods: cors.methods, appOrigin: new URL(config.APP_URL).origin });
}

/**
 * The one way to write an API route handler: `export const GET = route({ … }, async ({ ctx, params, body }) => …)`.
 * It applies the declared origin rules, resolves the request context, and maps every error in one
 * place (AppError → its status and `{ error: { code, message, fields } }`; anything else is logged with
 * the request id and answered 500). Handlers hold no try/catch.
 */
export function route<Params = Record<string, never>>(
  options: RouteOptions,
  handler: (args: RouteArgs<Params>) => Promise<Response>,
): (request: Request, context: NextRouteContext<Params>) => Promise<Response> {
  return async (request, context) => {
    let headers = new Headers();
    let requestId = request.headers.get("x-request-id") ?? "unknown";
    try {
      headers = allowedCors(request, options.cors);
      if (options.sameOrigin) assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
      const ctx = await resolveRequestContext(request.headers, { session: options.session });
      requestId = ctx.requestId;
      const params = (await context?.params) ?? ({} as Params);
      const body = () => readJsonBody(request, options.bodyLimit ?? 16 * 1024);
      const response = await handler({ request, params, ctx, body });
      headers.forEach((value, key) => {
        if (!response.headers.has(key)) response.headers.set(key, value);
      });
      return response;
    } catch (error) {
      return errorResponse(error, headers, (unexpected) => logUnexpected(`${request.method} ${new URL(request.url).pathname}`, requestId, unexpected));
    }
  };
}

/** The CORS preflight of a public endpoint. */
export function preflight(cors: { methods: string }): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return new Response(null, { status: 204, headers: allowedCors(request, cors) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
