import "server-only";
import { headers } from "next/headers";
import { can, type Actor } from "@/server/access/actor";
import { pagePermission } from "@/server/access/page-permissions";
import type { Home, PageMiss } from "@/contracts/page-miss";
import { getRequestContext } from "./request-context";

export type PageMissContext = { actor: Actor | null; home: Home; miss: PageMiss };

const BOOKING_PATH = /^\/(admin|portal)\/bookings\/([^/]+)\/?$/;

export function homeFor(actor: Actor | null): Home {
  if (!actor) return { href: "/", label: "Home page" };
  return actor.role === "customer"
    ? { href: "/portal", label: "Your bookings" }
    : { href: "/admin", label: "Back to bookings" };
}

/** What a not-found page needs: who is asking, their home, and why the page was not shown. */
export async function getPageMiss(): Promise<PageMissContext> {
  const { actor } = await getRequestContext();
  // Set by src/proxy.ts on every request to /admin and /portal (overwriting any sent by the browser);
  // absent elsewhere, where the public site has nothing a role could be refused.
  const pathname = ((await headers()).get("x-pathname") ?? "").split("?")[0]!;
  return { actor, home: homeFor(actor), miss: missOf(actor, pathname) };
}

function missOf(actor: Actor | null, pathname: string): PageMiss {
  const permission = pagePermission(pathname);
  const area = pathname.startsWith("/portal") ? "portal" : "admin";
  if (actor && permission && !can(actor, permission)) return { kind: "role", area };
  const booking = BOOKING_PATH.exec(pathname);
  if (actor && booking) return { kind: "booking", area, reference: decoded(booking[2]!).slice(0, 40) };
  return { kind: "page" };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
