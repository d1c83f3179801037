import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { blockedUntilTwoFactor, can, type Actor } from "@/server/access/actor";
import type { Permission } from "@/server/access/permissions";
import { getRequestContext, type RequestContext } from "./request-context";

/** A page's request context once the guard has let it through: someone is signed in. */
export type PageContext = RequestContext & { actor: Actor };

/**
 * Every protected page calls this (proxy.ts is only a first redirect). Not signed in: to /login and back.
 * Signed in without the permission: customers go to their portal, staff get a 404 for admin-only pages.
 * Two-factor required but not on yet: to /admin/account, the one page they may use until it is.
 * The session comes from the request context, so a layout and its page read it once between them.
 */
export async function requirePagePermission(permission: Permission, returnTo?: string): Promise<PageContext> {
  const ctx = await getRequestContext();
  const { actor } = ctx;
  if (!actor)
    redirect(`/login?next=${encodeURIComponent(returnTo ?? (await headers()).get("x-pathname") ?? "/admin")}`);
  if (!can(actor, permission)) {
    if (actor.role === "customer" && permission !== "ownBookings.read") redirect("/portal");
    notFound();
  }
  // The company requires two-factor and this person has not turned it on: their account page only.
  if (blockedUntilTwoFactor(actor, permission)) redirect("/admin/account");
  return { ...ctx, actor };
}
