import { sql } from "drizzle-orm";
import { appSettings } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { readSettings } from "./read-settings";
import { updateSettingsInputSchema, type AppSettings, type SettingKey } from "./schemas";

/** Changes installation-wide settings (admins only); returns every setting after the change. */
export async function updateSettings({ db, actor, input }: { db: Database; actor: Actor | null; input: unknown }): Promise<AppSettings> {
  const admin = requirePermission(actor, "settings.manage");
  const changes = parseInput(updateSettingsInputSchema, input, "The settings need attention");
  return db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(changes) as [SettingKey, AppSettings[SettingKey]][]) {
      await tx
        .insert(appSettings)
        .values({ key, value, updatedById: admin.id })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedById: admin.id, updatedAt: sql`now()` } });
    }
    return readSettings(tx);
  });
}
