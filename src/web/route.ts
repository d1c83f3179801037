import "server-only";
import { getConfig } from "@/config/env";
import { corsHeaders } from "./http/cors";
import { DEFAULT_BODY_LIMIT_BYTES, readJsonBody } from "./http/json-body";
import { errorResponse } from "./http/responses";
import { assertSameOrigin } from "./http/same-origin";
import { trackWork } from "@/server/system/work-in-flight";
import { logUnexpected } from "./log-unexpected";
import { resolveRequestContext, type RequestContext } from "./request-context";

export type RouteOptions = {
  /** Refuse a browser on another site (writes made with the session cookie). */
  sameOrigin?: boolean;
  /** Answer the origins in PUBLIC_FORM_ORIGINS with CORS headers (public endpoints); others are refused. */
  cors?: { methods: string };
  /** The largest JSON body `body()` reads, in bytes (413 past it); 16 KiB when not given. */
  bodyLimit?: number;
  /** false: a public endpoint that never looks at the session (the context's actor is null). */
  session?: boolean;
};

/**
 * `context: false`: the handler touches no database and gets no request context (liveness, readiness
 * with its own timeout, the OpenAPI document), so opening the database can never fail it.
 */
export type ContextFreeRouteOptions = Omit<RouteOptions, "session"> & { context: false };

type NoParams = Record<never, never>;

export type RouteArgs<Params> = {
  request: Request;
  params: Params;
  ctx: RequestContext;
  /** The JSON body, within `bodyLimit`: 415 for another content type, 413 too large, 400 not JSON. */
  body: () => Promise<unknown>;
};

type NextRouteContext<Params> = { params: Promise<Params> };

/** What Next.js calls. A route without dynamic segments may also be called with the request alone (tests do). */
export type RouteHandler<Params> = [keyof Params] extends [never]
  ? (request: Request, context?: NextRouteContext<Params>) => Promise<Response>
  : (request: Request, context: NextRouteContext<Params>) => Promise<Response>;

function allowedCors(request: Request, cors: RouteOptions["cors"]): Headers {
  if (!cors) return new Headers();
  const config = getConfig();
  return corsHeaders(request, {
    allowedOrigins: config.PUBLIC_FORM_ORIGINS,
    methods: cors.methods,
    appOrigin: new URL(config.APP_URL).origin,
  });
}

function answerError(request: Request, error: unknown, headers: Headers, requestId: string): Response {
  return errorResponse(error, headers, (unexpected) =>
    logUnexpected(`${request.method} ${new URL(request.url).pathname}`, requestId, unexpected),
  );
}

/**
 * The one way to write an API route handler: `export const GET = route({ … }, async ({ ctx, params, body }) => …)`.
 * It applies the declared origin rules, resolves the request context, and maps every error in one
 * place (AppError → its status and `{ error: { code, message, fields } }`; anything else is logged with
 * the request id and answered 500). Handlers hold no try/catch. CORS headers, when declared, are added
 * to every answer, errors included. A route under /api/v1 also declares its operation once, in
 * src/server/api-docs/operations/ (tests/unit/openapi-routes.test.ts fails until it does).
 */
export function route<Params = NoParams>(
  options: ContextFreeRouteOptions,
  handler: (args: Omit<RouteArgs<Params>, "ctx">) => Promise<Response>,
): RouteHandler<Params>;
export function route<Params = NoParams>(
  options: RouteOptions,
  handler: (args: RouteArgs<Params>) => Promise<Response>,
): RouteHandler<Params>;
export function route<Params>(
  options: RouteOptions & { context?: false },
  handler: (args: RouteArgs<Params>) => Promise<Response>,
): RouteHandler<Params> {
  const wrapped = async (request: Request, context?: NextRouteContext<Params>): Promise<Response> => {
    let headers = new Headers();
    let requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      headers = allowedCors(request, options.cors);
      if (options.sameOrigin) assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
      const ctx =
        options.context === false
          ? undefined
          : await resolveRequestContext(request.headers, { session: options.session });
      if (ctx) requestId = ctx.requestId;
      const params = (await context?.params) ?? ({} as Params);
      const body = () => readJsonBody(request, options.bodyLimit ?? DEFAULT_BODY_LIMIT_BYTES);
      // Only the context-free overload leaves ctx undefined, and its handler's type has no ctx to read.
      const response = await trackWork(handler({ request, params, ctx: ctx as RequestContext, body }));
      headers.forEach((value, key) => {
        if (!response.headers.has(key)) response.headers.set(key, value);
      });
      return response;
    } catch (error) {
      return answerError(request, error, headers, requestId);
    }
  };
  return wrapped as RouteHandler<Params>;
}

/** The CORS preflight of a public endpoint: 204 with the CORS headers, 403 for an origin not allowed. */
export function preflight(cors: { methods: string }): RouteHandler<NoParams> {
  return async (request) => {
    try {
      return new Response(null, { status: 204, headers: allowedCors(request, cors) });
    } catch (error) {
      return answerError(request, error, new Headers(), request.headers.get("x-request-id") ?? crypto.randomUUID());
    }
  };
}
