import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { Database } from "@/db/types";
import { recordAudit } from "../audit/record-audit";
import { spendPasswordVerification } from "./password-hash";
import { clearFailedSignIns, isSignInLocked, recordFailedSignIn } from "./lockout";
import { upgradePasswordHash } from "./upgrade-password-hash";

const PASSWORD_SIGN_IN = "/sign-in/email";
const WRONG_PASSWORD_CODE = "INVALID_EMAIL_OR_PASSWORD";

// Exactly what Better Auth answers for a wrong password or an unknown address (its BASE_ERROR_CODES),
// so a locked account is indistinguishable from either; tests/integration/lockout.test.ts holds us to it.
const wrongPassword = () =>
  new APIError("UNAUTHORIZED", { code: WRONG_PASSWORD_CODE, message: "Invalid email or password" });

const signInMethods: Record<string, string> = { [PASSWORD_SIGN_IN]: "password", "/magic-link/verify": "email_link" };
const signInMethod = (path: string) =>
  signInMethods[path] ??
  (path.startsWith("/two-factor/")
    ? "password_and_second_factor"
    : path.startsWith("/callback/")
      ? path.slice("/callback/".length)
      : path);

/** Our route handler overwrites x-client-ip with the address the trusted proxy saw (src/app/api/auth). */
const ipOf = (headers: Headers | undefined) => headers?.get("x-client-ip") ?? null;

/**
 * Per-account lockout and the sign-in lines of the audit log, as a Better Auth plugin. Plugin hooks run
 * after the ones in the auth options and in plugin order; keep this plugin after every other one but
 * nextCookies, so its after hook sees the outcome they made (the two-factor plugin turns a correct
 * password into a pending challenge and clears the new session, which is not yet a sign-in).
 */
export function signInGuard(db: Database) {
  return {
    id: "pawpath-sign-in-guard",
    hooks: {
      before: [
        {
          // Better Auth's own user-admin endpoints would change roles and bans without the last-admin
          // rule or the audit log; /admin/users (src/server/users) is the one way, so they are closed to HTTP.
          matcher: (ctx) => ctx.path?.startsWith("/admin/") === true,
          handler: createAuthMiddleware(async (ctx) => {
            if (ctx.request) throw new APIError("NOT_FOUND", { message: "Not found" });
          }),
        },
        {
          matcher: (ctx) => ctx.path === PASSWORD_SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const { email, password } = (ctx.body ?? {}) as { email?: unknown; password?: unknown };
            if (typeof email !== "string" || !(await isSignInLocked(db, email))) return;
            // Spend what a password check costs (the same Argon2id verification), so the answer's timing does not tell either.
            if (typeof password === "string" && password.length <= 128) await spendPasswordVerification(password);
            await recordAudit(db, {
              action: "sign_in_failed",
              ipAddress: ipOf(ctx.headers),
              details: { email: email.slice(0, 254), method: "password", reason: "locked" },
            });
            throw wrongPassword();
          }),
        },
      ],
      after: [
        {
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const returned = ctx.context.returned;
            const email = (ctx.body as { email?: unknown } | undefined)?.email;
            if (ctx.path === PASSWORD_SIGN_IN && typeof email === "string") {
              if (isAPIError(returned)) {
                const code = (returned.body as { code?: string } | undefined)?.code;
                if (code === WRONG_PASSWORD_CODE) await recordFailedSignIn(db, { email, ipAddress: ipOf(ctx.headers) });
                // The right password for a deactivated account: refused by the admin plugin, not counted.
                if (code === "BANNED_USER") {
                  await recordAudit(db, {
                    action: "sign_in_failed",
                    ipAddress: ipOf(ctx.headers),
                    details: { email: email.slice(0, 254), method: "password", reason: "deactivated" },
                  });
                }
              } else {
                await clearFailedSignIns(db, email);
                // The password was right (a second factor may still be due): store it at today's parameters.
                const { password } = ctx.body as { password?: unknown };
                if (typeof password === "string") {
                  await upgradePasswordHash(db, { email, password }).catch((error: unknown) =>
                    console.error("Could not upgrade a password hash; it is tried again at the next sign-in", error),
                  );
                }
              }
            }
            const session = ctx.context.newSession;
            // An emailed link (or Google) signs in and then answers with a redirect, which is thrown as an APIError.
            const succeeded = !isAPIError(returned) || returned.statusCode === 302;
            if (session && succeeded && ctx.path && signInPaths(ctx.path)) {
              await recordAudit(db, {
                action: "sign_in",
                actor: { id: session.user.id, email: session.user.email },
                target: { type: "user", id: session.user.id, label: session.user.email },
                ipAddress: ipOf(ctx.headers),
                details: { method: signInMethod(ctx.path) },
              });
            }
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

// Paths that start a session. A session refresh or a profile update also rewrites the session cookie
// (newSession is set), but nobody signed in.
function signInPaths(path: string): boolean {
  return (
    path.startsWith("/sign-in/") ||
    path === "/magic-link/verify" ||
    path.startsWith("/two-factor/verify") ||
    path.startsWith("/callback/")
  );
}
