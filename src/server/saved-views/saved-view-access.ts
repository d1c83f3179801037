import "server-only";
import { can, type Actor } from "@/server/access/actor";

/**
 * Anyone may delete their own views; a shared view may also be deleted by an admin (the people who
 * manage the team), so a stale one does not stay on everybody's list.
 */
export function mayDeleteSavedView(actor: Actor, view: { ownerId: string; shared: boolean }): boolean {
  return view.ownerId === actor.id || (view.shared && can(actor, "users.manage"));
}
