import { getDb } from "@/db/client";
import { AppError } from "@/server/errors";
import { getAuth } from "./auth";
import { isRole, roleCan, type Permission } from "./permissions";
import { mustEnableTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE } from "./two-factor-requirement";
import type { Role } from "@/db/schema/auth";

/**
 * Who is making the request, as the server layer sees them. `mustEnableTwoFactor`: the company requires
 * two-factor and this staff member or admin has not turned it on yet (optional so that code building an
 * actor by hand, such as tests of use cases, reads as "no requirement pending").
 */
export type Actor = { id: string; name: string; email: string; role: Role; mustEnableTwoFactor?: boolean };

/**
 * The signed-in person behind these request headers, or null. Reads the session from the database on
 * every call (no cookie cache), so a deactivated account is refused on its very next request.
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
    mustEnableTwoFactor: await mustEnableTwoFactor(await getDb(), { role: user.role, twoFactorEnabled: user.twoFactorEnabled }),
  };
}

/**
 * The one rule of "require two-factor": until it is on, a team member may only reach the back office's
 * shell and their own account page (both need just admin.access). Pages redirect, everything else is
 * refused with TWO_FACTOR_REQUIRED_MESSAGE.
 */
export function blockedUntilTwoFactor(actor: Actor | null, permission: Permission): boolean {
  return Boolean(actor?.mustEnableTwoFactor) && permission !== "admin.access";
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && roleCan(actor.role, permission);
}

/** The actor if allowed; otherwise UNAUTHORIZED (not signed in) or FORBIDDEN. */
export function requirePermission(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to continue");
  if (!roleCan(actor.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this");
  if (blockedUntilTwoFactor(actor, permission)) throw new AppError("FORBIDDEN", TWO_FACTOR_REQUIRED_MESSAGE);
  return actor;
}
