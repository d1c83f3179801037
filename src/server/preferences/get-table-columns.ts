import "server-only";
import { and, eq } from "drizzle-orm";
import { userPreferences } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { BOOKING_TABLE_COLUMNS_KEY } from "./preference-keys";
import {
  DEFAULT_VISIBLE_COLUMNS,
  visibleColumnsSchema,
  type BookingTableColumn,
} from "@/contracts/preferences/table-columns";

/** The bookings table columns this person chose to see; the defaults until they choose. */
export async function getTableColumns({
  db,
  actor,
}: {
  db: Executor;
  actor: Actor | null;
}): Promise<BookingTableColumn[]> {
  const allowed = requirePermission(actor, "bookings.read");
  const [row] = await db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.userId, allowed.id), eq(userPreferences.key, BOOKING_TABLE_COLUMNS_KEY)));
  // A stored value that no longer parses (a column renamed since) falls back to the defaults.
  const parsed = visibleColumnsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : [...DEFAULT_VISIBLE_COLUMNS];
}
