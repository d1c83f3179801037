"use server";

import { revalidatePath } from "next/cache";
import { updateSettings } from "@/server/settings/update-settings";
import { action } from "@/web/action-client";

export const updateSettingsAction = action("updateSettingsAction", async ({ db, actor, ip }, input: unknown) => {
  await updateSettings({ db, actor, input, ipAddress: ip });
  revalidatePath("/admin/settings");
  return { data: undefined };
});
