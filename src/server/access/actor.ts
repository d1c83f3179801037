// The permission kernel: who is asking and what their role allows. Pure and client-safe (the admin
// header hides links with `can`); the server checks `requirePermission` in every use case.
import { AppError } from "@/server/errors";
import { roleCan, type Permission, type Role } from "./permissions";

/**
 * Who is making the request, as the server layer sees them. `mustEnableTwoFactor`: the company requires
 * two-factor and this staff member or admin has not turned it on yet (optional so that code building an
 * actor by hand, such as tests of use cases, reads as "no requirement pending").
 */
export type Actor = { id: string; name: string; email: string; role: Role; mustEnableTwoFactor?: boolean };

export const TWO_FACTOR_REQUIRED_MESSAGE =
  "Your company requires two-factor authentication. Turn it on in your account settings (/admin/account) to continue.";

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
