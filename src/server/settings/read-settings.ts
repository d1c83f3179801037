import "server-only";
import { inArray } from "drizzle-orm";
import { appSettings } from "@/db/schema";
import type { Executor } from "@/db/types";
import { SETTING_DEFAULTS, settingValueSchemas, type AppSettings, type SettingKey } from "@/contracts/settings/schemas";

const settingKeys = Object.keys(SETTING_DEFAULTS) as SettingKey[];

/** Stored values over the defaults; a value that no longer parses keeps its default. */
export function settingsFromRows(rows: { key: string; value: unknown }[]): AppSettings {
  const settings: AppSettings = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    const key = row.key as SettingKey;
    const parsed = settingValueSchemas[key]?.safeParse(row.value);
    if (parsed?.success) settings[key] = parsed.data;
  }
  return settings;
}

/**
 * The installation's settings, defaults filled in. No actor: the server reads them for every request
 * (getActor checks the two-factor requirement, in its own statement); what people may see goes through
 * get-settings.ts.
 */
export async function readSettings(db: Executor, keys: readonly SettingKey[] = settingKeys): Promise<AppSettings> {
  const rows = await db
    .select({ key: appSettings.key, value: appSettings.value })
    .from(appSettings)
    .where(inArray(appSettings.key, [...keys]));
  return settingsFromRows(rows);
}
