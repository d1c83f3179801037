import { SecuritySettingsForm } from "@/components/admin/settings/security-settings-form";
import { requirePagePermission } from "@/web/page-guard";
import { getSettings } from "@/server/settings/get-settings";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { db, actor } = await requirePagePermission("settings.manage", "/admin/settings");
  const settings = await getSettings({ db, actor });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <SecuritySettingsForm
        requireTwoFactor={settings.requireTwoFactor}
        lastChange={
          settings.lastChange && { at: settings.lastChange.at.toISOString(), byName: settings.lastChange.byName }
        }
      />
    </div>
  );
}
