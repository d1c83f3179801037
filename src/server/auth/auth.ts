import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin, magicLink, twoFactor } from "better-auth/plugins";
import { and, eq, sql } from "drizzle-orm";
import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { accounts, authRateLimits, customers, sessions, twoFactors, users, verifications } from "@/db/schema";
import type { Database } from "@/db/types";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { signInGuard } from "@/server/auth/sign-in-guard";
import { authSecret } from "./auth-secret";
import { sessionTokenReader } from "./session-token";
import { validateGoogleUserInfo } from "./google-sign-in";
import { auditTwoFactorChange } from "./two-factor-audit";
import { hashPassword, verifyPassword } from "./password-hash";
import { newPasswordProblem } from "./new-password-problem";
import { SIGN_IN_LINK_MINUTES } from "@/contracts/auth/sign-in-link";
import { signInLinkId, withFailedLinkReturn } from "./sign-in-link";

const RESET_LINK_MINUTES = 60;
// Better Auth's endpoints that store a new password, and the body field holding it. Sign-up and the admin
// plugin's are closed to the public but reachable through auth.api; its path-less setPassword (auth.api
// only) cannot be matched here, so nothing of ours may call it.
const PASSWORD_SETTING_ENDPOINTS: Record<string, string> = {
  "/reset-password": "newPassword",
  "/change-password": "newPassword",
  "/sign-up/email": "password",
  "/admin/create-user": "password",
  "/admin/set-user-password": "newPassword",
};
// The sign-in link's key is how /login finds its address again (sign-in-link.ts): keep the two in step.
const linkKey = (kind: string, token: string) => `${kind}/${signInLinkId(token)}`;

function createAuth(db: Database) {
  const config = getConfig();
  const production = config.NODE_ENV === "production";
  return betterAuth({
    appName: "PawPath Bookings",
    baseURL: config.APP_URL,
    secret: authSecret(config),
    trustedOrigins: [new URL(config.APP_URL).origin],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        rateLimit: authRateLimits,
        twoFactor: twoFactors,
      },
    }),
    advanced: {
      database: { generateId: "uuid" },
      useSecureCookies: production && config.APP_URL.startsWith("https://"),
      ipAddress: { ipAddressHeaders: ["x-client-ip"] },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Google sign-in (optional): invited staff of the Workspace domain only; see google-sign-in.ts.
    socialProviders: config.GOOGLE_SIGN_IN
      ? {
          google: {
            clientId: config.GOOGLE_CLIENT_ID!,
            clientSecret: config.GOOGLE_CLIENT_SECRET!,
            hd: config.GOOGLE_WORKSPACE_DOMAIN,
            prompt: "select_account",
            disableSignUp: true,
            disableImplicitSignUp: true,
          },
        }
      : {},
    // A Google sign-in links to the invited account with the same verified address.
    account: { accountLinking: { enabled: true } },
    user: { validateUserInfo: validateGoogleUserInfo(db, config.GOOGLE_WORKSPACE_DOMAIN) },
    emailAndPassword: {
      enabled: true,
      // Staff accounts are created by invitation only; customers sign in by emailed link.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
      sendResetPassword: async ({ user, url, token }) => {
        await enqueueEmail(db, {
          template: "password_reset",
          to: user.email,
          data: { name: user.name, url, expiresInMinutes: RESET_LINK_MINUTES },
          idempotencyKey: linkKey("password-reset", token),
        });
      },
    },
    hooks: {
      // Our password policy (length and the breached-password list) on every endpoint that sets a password,
      // over HTTP or through auth.api; an invitation is accepted through /reset-password.
      before: createAuthMiddleware(async (ctx) => {
        const field = PASSWORD_SETTING_ENDPOINTS[ctx.path];
        if (!field) return;
        const password = (ctx.body as Record<string, unknown> | undefined)?.[field];
        // Absent: Better Auth's own validation answers (an admin-created user may have no password).
        if (password === undefined) return;
        const problem = await newPasswordProblem(password);
        if (problem) throw new APIError("BAD_REQUEST", { message: problem });
      }),
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: config.SIGN_IN_RATE_LIMIT_MAX },
        "/sign-in/magic-link": { window: 60, max: config.SIGN_IN_RATE_LIMIT_MAX },
        // Following an emailed link signs in too: the same limit as asking for one.
        "/magic-link/verify": { window: 60, max: config.SIGN_IN_RATE_LIMIT_MAX },
      },
    },
    databaseHooks: {
      user: { update: { after: (user, ctx) => auditTwoFactorChange(db, user, ctx) } },
      session: {
        create: {
          after: async (session) => {
            await db
              .update(users)
              .set({ lastSignInAt: sql`now()` })
              .where(eq(users.id, session.userId));
          },
        },
      },
    },
    plugins: [
      admin({ defaultRole: "customer", adminRoles: ["admin"] }),
      // Authenticator-app codes for staff and admins (customers sign in by emailed link, never by password).
      twoFactor({ issuer: "PawPath Bookings", trustDeviceMaxAge: 30 * 24 * 60 * 60 }),
      magicLink({
        expiresIn: SIGN_IN_LINK_MINUTES * 60,
        rateLimit: { window: 60, max: config.SIGN_IN_RATE_LIMIT_MAX },
        sendMagicLink: async ({ email, url, token }) => {
          // Only customers who have booked get a link; staff sign in with their password. The answer
          // to the request is the same either way, so nobody learns who is a customer.
          const [customer] = await db
            .select({ name: customers.fullName })
            .from(customers)
            .where(sql`lower(${customers.email}) = lower(${email})`)
            .limit(1);
          const [staff] = await db
            .select({ id: users.id })
            .from(users)
            .where(and(sql`lower(${users.email}) = lower(${email})`, sql`${users.role} <> 'customer'`))
            .limit(1);
          if (!customer || staff) return;
          await enqueueEmail(db, {
            template: "sign_in_link",
            to: email,
            data: {
              name: customer.name,
              url: withFailedLinkReturn(url, token),
              expiresInMinutes: SIGN_IN_LINK_MINUTES,
            },
            idempotencyKey: linkKey("sign-in", token),
          });
        },
      }),
      // Lockout and sign-in audit lines: after the other plugins, so it sees what they made of a sign-in
      // (two-factor), and before nextCookies, which must be last to forward cookies set by hooks.
      signInGuard(db),
      // getActor's one-statement session read (session-token.ts).
      sessionTokenReader(),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database connection (normally exactly one per process).
const instances = new WeakMap<Database, Auth>();

/** The Better Auth instance, built on first use once the database is open. */
export async function getAuth(): Promise<Auth> {
  const db = await getDb();
  let auth = instances.get(db);
  if (!auth) {
    auth = createAuth(db);
    instances.set(db, auth);
  }
  return auth;
}
