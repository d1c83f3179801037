"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { clientIp } from "@/web/http/client-ip";
import { getActor } from "@/server/auth/get-actor";
import { isAppError } from "@/server/errors";
import { updateSettings } from "@/server/settings/update-settings";

export type UpdateSettingsResult = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };

export async function updateSettingsAction(input: unknown): Promise<UpdateSettingsResult> {
  try {
    const requestHeaders = await headers();
    await updateSettings({ db: await getDb(), actor: await getActor(requestHeaders), input, ipAddress: clientIp(requestHeaders) });
    revalidatePath("/admin/settings");
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields };
    throw error;
  }
}
