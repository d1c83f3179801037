import "server-only";
import { selectTogether } from "@/db/sql";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { storedTableColumnsSql, tableColumnsFrom } from "@/server/preferences/get-table-columns";
import { savedViewSummaries, visibleSavedViewsSql } from "@/server/saved-views/list-saved-views";
import { assignableTeamSql } from "./assign-booking";
import type { BookingTableColumn } from "@/contracts/preferences/table-columns";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";

type Together = {
  columns: unknown;
  savedViews: Parameters<typeof savedViewSummaries>[1];
  team: { id: string; name: string; email: string }[];
};

/**
 * What the bookings table page shows beside the bookings, in one round trip: the columns this person chose
 * (getTableColumns), the saved views they can open (listSavedViews) and the team the assignee filter
 * offers (findAssignableTeam). The same SQL and the same rules as those three, read together because
 * each statement costs the page its own round trip's CPU.
 */
export async function getTablePageExtras({ db, actor }: { db: Executor; actor: Actor | null }): Promise<{
  columns: BookingTableColumn[];
  savedViews: SavedViewSummary[];
  team: { id: string; name: string }[];
}> {
  const allowed = requirePermission(actor, "bookings.read");
  const { columns, savedViews, team } = await selectTogether<Together>(db, {
    columns: storedTableColumnsSql(allowed.id),
    savedViews: visibleSavedViewsSql(allowed.id),
    team: assignableTeamSql(),
  });
  return {
    columns: tableColumnsFrom(columns),
    savedViews: savedViewSummaries(allowed, savedViews),
    team: team.map(({ id, name }) => ({ id, name })),
  };
}
