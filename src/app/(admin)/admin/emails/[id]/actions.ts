"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/get-actor";
import { isAppError } from "@/server/errors";
import { retryEmail } from "@/server/email/retry-email";

export async function retryEmailAction(id: string): Promise<{ ok: boolean; message?: string }> {
  try {
    await retryEmail({ db: await getDb(), actor: await getActor(await headers()), id });
    revalidatePath(`/admin/emails/${id}`);
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
