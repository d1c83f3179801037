import "server-only";
import { desc, eq } from "drizzle-orm";
import { appSettings, users } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { readSettings } from "./read-settings";
import type { AppSettings } from "@/contracts/settings/schemas";

export type SettingsView = AppSettings & { lastChange: { at: Date; byName: string | null } | null };

/** The settings page: current values and who changed one last. Admins only. */
export async function getSettings({ db, actor }: { db: Database; actor: Actor | null }): Promise<SettingsView> {
  requirePermission(actor, "settings.manage");
  const settings = await readSettings(db);
  const [last] = await db
    .select({ at: appSettings.updatedAt, byName: users.name })
    .from(appSettings)
    .leftJoin(users, eq(users.id, appSettings.updatedById))
    .orderBy(desc(appSettings.updatedAt))
    .limit(1);
  return { ...settings, lastChange: last ?? null };
}
