import "server-only";
import { asc, eq, or, sql } from "drizzle-orm";
import { savedViews, users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { mayDeleteSavedView } from "./saved-view-access";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";

/** The views this person can open: their own and every shared one, by name. */
export async function listSavedViews({
  db,
  actor,
}: {
  db: Executor;
  actor: Actor | null;
}): Promise<SavedViewSummary[]> {
  const allowed = requirePermission(actor, "bookings.read");
  const rows = await db
    .select({
      id: savedViews.id,
      name: savedViews.name,
      shared: savedViews.shared,
      query: savedViews.query,
      ownerId: savedViews.ownerId,
      ownerName: users.name,
    })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(or(eq(savedViews.ownerId, allowed.id), eq(savedViews.shared, true)))
    .orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.createdAt));
  return rows.map(({ ownerId, ...view }) => ({
    ...view,
    mine: ownerId === allowed.id,
    canDelete: mayDeleteSavedView(allowed, { ownerId, shared: view.shared }),
  }));
}
