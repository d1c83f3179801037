import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectTogether } from "@/db/sql";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { mayDeleteSavedView } from "./saved-view-access";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";

type SavedViewRow = Omit<SavedViewSummary, "mine" | "canDelete"> & { ownerId: string };

/** The views this person can open, their own and every shared one, by name: one json array for selectTogether. */
export function visibleSavedViewsSql(userId: string): SQL {
  return sql`select coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'shared', v.shared,
      'query', v.query, 'ownerId', v.owner_id, 'ownerName', u.name) order by lower(v.name), v.created_at), '[]'::json)
    from saved_views v join users u on u.id = v.owner_id
    where v.owner_id = ${userId} or v.shared`;
}

/** What the person may do with each view read by visibleSavedViewsSql. */
export function savedViewSummaries(actor: Actor, rows: SavedViewRow[]): SavedViewSummary[] {
  return rows.map(({ ownerId, ...view }) => ({
    ...view,
    mine: ownerId === actor.id,
    canDelete: mayDeleteSavedView(actor, { ownerId, shared: view.shared }),
  }));
}

/** The views this person can open: their own and every shared one, by name. */
export async function listSavedViews({
  db,
  actor,
}: {
  db: Executor;
  actor: Actor | null;
}): Promise<SavedViewSummary[]> {
  const allowed = requirePermission(actor, "bookings.read");
  const { views } = await selectTogether<{ views: SavedViewRow[] }>(db, { views: visibleSavedViewsSql(allowed.id) });
  return savedViewSummaries(allowed, views);
}
