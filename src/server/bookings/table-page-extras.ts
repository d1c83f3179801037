import "server-only";
import { readTogether, type Together } from "@/db/sql";
import type { Actor } from "@/server/access/actor";
import { storedTableColumnsSql, tableColumnsFrom } from "@/server/preferences/get-table-columns";
import { savedViewSummaries, visibleSavedViewsSql } from "@/server/saved-views/list-saved-views";
import { assignableTeamSql } from "./assign-booking";
import type { BookingTableColumn } from "@/contracts/preferences/table-columns";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";

export type TablePageExtras = {
  /** The columns this person chose (getTableColumns). */
  columns: BookingTableColumn[];
  /** The saved views they can open (listSavedViews). */
  savedViews: SavedViewSummary[];
  /** The team the assignee filter offers by name (findAssignableTeam), besides "me". */
  team: { id: string; name: string }[];
};

type Read = {
  columns: unknown;
  savedViews: Parameters<typeof savedViewSummaries>[1];
  team: { id: string; name: string; email: string }[];
};

/**
 * What the bookings table page shows beside the bookings, as reads that ride along in the statement that
 * counts the page's summary (countTable): the same SQL and rules as getTableColumns, listSavedViews and
 * findAssignableTeam, without three round trips of their own. The caller has checked bookings.read.
 */
export function tablePageExtrasSql(actor: Actor): Together {
  return {
    columns: storedTableColumnsSql(actor.id),
    savedViews: visibleSavedViewsSql(actor.id),
    team: assignableTeamSql(),
  };
}

/** What tablePageExtrasSql read, as the page shows it. */
export function toTablePageExtras(actor: Actor, together: unknown): TablePageExtras {
  const { columns, savedViews, team } = readTogether<Read>(together);
  return {
    columns: tableColumnsFrom(columns),
    savedViews: savedViewSummaries(actor, savedViews),
    team: team.map(({ id, name }) => ({ id, name })),
  };
}
