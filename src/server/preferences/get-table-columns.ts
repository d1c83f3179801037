import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectTogether } from "@/db/sql";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { BOOKING_TABLE_COLUMNS_KEY } from "./preference-keys";
import {
  DEFAULT_VISIBLE_COLUMNS,
  visibleColumnsSchema,
  type BookingTableColumn,
} from "@/contracts/preferences/table-columns";

/** This person's stored choice of columns (null until they choose), as a part of selectTogether. */
export function storedTableColumnsSql(userId: string): SQL {
  return sql`select value from user_preferences where user_id = ${userId} and key = ${BOOKING_TABLE_COLUMNS_KEY}`;
}

/** The columns a stored choice names. A stored value that no longer parses (a column renamed since) falls back to the defaults. */
export function tableColumnsFrom(stored: unknown): BookingTableColumn[] {
  const parsed = visibleColumnsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [...DEFAULT_VISIBLE_COLUMNS];
}

/** The bookings table columns this person chose to see; the defaults until they choose. */
export async function getTableColumns({
  db,
  actor,
}: {
  db: Executor;
  actor: Actor | null;
}): Promise<BookingTableColumn[]> {
  const allowed = requirePermission(actor, "bookings.read");
  const { stored } = await selectTogether<{ stored: unknown }>(db, { stored: storedTableColumnsSql(allowed.id) });
  return tableColumnsFrom(stored);
}
