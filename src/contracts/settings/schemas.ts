import { z } from "zod";

/** Every installation-wide setting with its default; a row in app_settings overrides the default. */
export const SETTING_DEFAULTS = {
  /** Staff and admins must turn on two-factor before they can use anything but their account page. */
  requireTwoFactor: false,
} satisfies Record<string, unknown>;

export type AppSettings = { requireTwoFactor: boolean };
export type SettingKey = keyof AppSettings;

/** What the settings page and the audit log call each setting. */
export const SETTING_LABELS: Record<SettingKey, string> = {
  requireTwoFactor: "Require two-factor for all staff and admins",
};

/** How each stored value is read back; a value that no longer parses falls back to the default. */
export const settingValueSchemas = {
  requireTwoFactor: z.boolean(),
} satisfies Record<SettingKey, z.ZodType>;

/** A change from the settings page: only the settings being changed. */
export const updateSettingsInputSchema = z
  .object({ requireTwoFactor: z.boolean({ error: "Choose on or off" }) })
  .partial()
  .strict();
