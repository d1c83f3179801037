import "server-only";
import { eq } from "drizzle-orm";
import { savedViews } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import { requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { mayDeleteSavedView } from "./saved-view-access";

/** Deletes a saved view: one's own, or (admins) any shared one. Another's private view does not exist. */
export async function deleteSavedView({
  db,
  actor,
  id,
}: {
  db: Executor;
  actor: Actor | null;
  id: unknown;
}): Promise<void> {
  const allowed = requirePermission(actor, "bookings.read");
  if (typeof id !== "string" || !isUuid(id)) throw new AppError("NOT_FOUND", "No such saved view");
  const [view] = await db
    .select({ ownerId: savedViews.ownerId, shared: savedViews.shared })
    .from(savedViews)
    .where(eq(savedViews.id, id));
  if (!view || (!view.shared && view.ownerId !== allowed.id)) throw new AppError("NOT_FOUND", "No such saved view");
  if (!mayDeleteSavedView(allowed, view))
    throw new AppError("FORBIDDEN", "Only its owner or an admin can delete a shared view");
  await db.delete(savedViews).where(eq(savedViews.id, id));
}
