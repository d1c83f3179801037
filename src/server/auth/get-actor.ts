import "server-only";
import { getDb } from "@/db/client";
import { isRole } from "@/server/access/permissions";
import type { Actor } from "@/server/access/actor";
import { getAuth } from "./auth";
import { mustEnableTwoFactor } from "./two-factor-requirement";

/**
 * The signed-in person behind these request headers, or null. Reads the session from the database on
 * every call (no cookie cache), so a deactivated account is refused on its very next request. Pages and
 * actions reach it once per request through the request context (src/web/request-context.ts).
 */
export async function getActor(headers: Headers): Promise<Actor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; banned?: boolean | null };
  if (user.banned || !isRole(user.role)) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    mustEnableTwoFactor: await mustEnableTwoFactor(await getDb(), {
      role: user.role,
      twoFactorEnabled: user.twoFactorEnabled,
    }),
  };
}
