import "server-only";
import { sql } from "drizzle-orm";
import { userPreferences } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { parseInput } from "../validation";
import { BOOKING_TABLE_COLUMNS_KEY } from "./preference-keys";
import { visibleColumnsSchema, type BookingTableColumn } from "@/contracts/preferences/table-columns";

/** Remembers which bookings table columns this person sees; returns them as stored. */
export async function setTableColumns({
  db,
  actor,
  columns,
}: {
  db: Executor;
  actor: Actor | null;
  columns: unknown;
}): Promise<BookingTableColumn[]> {
  const allowed = requirePermission(actor, "bookings.read");
  const visible = parseInput(visibleColumnsSchema, columns, "Choose columns the table has");
  await db
    .insert(userPreferences)
    .values({ userId: allowed.id, key: BOOKING_TABLE_COLUMNS_KEY, value: visible })
    .onConflictDoUpdate({
      target: [userPreferences.userId, userPreferences.key],
      set: { value: visible, updatedAt: sql`now()` },
    });
  return visible;
}
