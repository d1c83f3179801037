import "server-only";
import { sql } from "drizzle-orm";
import { appSettings } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "../audit/record-audit";
import { requirePermission, type Actor } from "@/server/access/actor";
import { parseInput } from "../validation";
import { readSettings } from "./read-settings";
import {
  SETTING_LABELS,
  updateSettingsInputSchema,
  type AppSettings,
  type SettingKey,
} from "@/contracts/settings/schemas";

type UpdateSettingsOptions = { db: Database; actor: Actor | null; input: unknown; ipAddress?: string | null };

/** Changes installation-wide settings (admins only), one audit line per real change; returns them all. */
export async function updateSettings({
  db,
  actor,
  input,
  ipAddress = null,
}: UpdateSettingsOptions): Promise<AppSettings> {
  const admin = requirePermission(actor, "settings.manage");
  const changes = parseInput(updateSettingsInputSchema, input, "The settings need attention");
  return db.transaction(async (tx) => {
    const before = await readSettings(tx);
    for (const [key, value] of Object.entries(changes) as [SettingKey, AppSettings[SettingKey]][]) {
      if (before[key] === value) continue;
      await recordAudit(tx, {
        action: "setting_changed",
        actor: admin,
        target: { type: "setting", id: key, label: SETTING_LABELS[key] },
        ipAddress,
        details: { from: before[key], to: value },
      });
      await tx
        .insert(appSettings)
        .values({ key, value, updatedById: admin.id })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedById: admin.id, updatedAt: sql`now()` } });
    }
    return readSettings(tx);
  });
}
