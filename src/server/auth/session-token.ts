import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";

export type SessionToken = {
  /** The session token from a cookie whose signature checks out; null when absent or tampered with. */
  token: string | null;
  /** Better Auth's session lifetime and how often it extends a session, in seconds. */
  expiresIn: number;
  updateAge: number;
};

/**
 * The request's session token, read by Better Auth itself exactly as its getSession reads it (the cookie
 * name it configured, `ctx.getSignedCookie` with its secret: the same parsing and HMAC check), without
 * touching the database, so that getActor can read session, user and settings in one statement.
 * Server-only: no URL reaches this endpoint, only `auth.api.readSessionToken`.
 */
export function sessionTokenReader() {
  return {
    id: "pawpath-session-token",
    endpoints: {
      readSessionToken: createAuthEndpoint.serverOnly(
        { method: "GET", requireHeaders: true },
        async (ctx): Promise<SessionToken> => {
          const token = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
          const { expiresIn, updateAge } = ctx.context.sessionConfig;
          return { token: token || null, expiresIn, updateAge };
        },
      ),
    },
  } satisfies BetterAuthPlugin;
}
