import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/contracts/action-result";
import { isAppError } from "@/server/errors";
import { trackWork } from "@/server/system/work-in-flight";
import { logUnexpected, UNEXPECTED_ERROR_MESSAGE } from "./log-unexpected";
import { getRequestContext, type RequestContext } from "./request-context";

/** What an action's body returns on success: the data for the caller and a sentence to show. */
export type ActionDone<T> = { data: T; message?: string };

/**
 * The one way to write a server action: `export const doThing = action("doThing", async (ctx, …args) => …)`.
 * It resolves the request context (session and settings read once per request), runs the body (which
 * calls one use case: the use case validates with its zod schema and checks the permission), and turns
 * every outcome into one ActionResult. An AppError becomes its message, fields and details; anything
 * else is logged once with the request id and answered with one generic sentence. Next.js's own
 * control flow (redirect, notFound) passes through.
 */
export function action<Args extends unknown[], T = undefined>(
  name: string,
  body: (ctx: RequestContext, ...args: Args) => Promise<ActionDone<T>>,
): (...args: Args) => Promise<ActionResult<T>> {
  return async (...args: Args): Promise<ActionResult<T>> => {
    let requestId = "unknown";
    try {
      const ctx = await getRequestContext();
      requestId = ctx.requestId;
      const { data, message } = await trackWork(body(ctx, ...args));
      return message === undefined ? { ok: true, data } : { ok: true, data, message };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields, details: error.details };
      logUnexpected(`Server action ${name}`, requestId, error);
      return { ok: false, message: UNEXPECTED_ERROR_MESSAGE };
    }
  };
}

/** Shorthand for a body that only has a sentence to show. */
export function done(message: string): ActionDone<undefined> {
  return { data: undefined, message };
}
