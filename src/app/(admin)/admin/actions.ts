"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/get-actor";
import { isAppError } from "@/server/errors";
import { setTableColumns } from "@/server/preferences/set-table-columns";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { deleteSavedView } from "@/server/saved-views/delete-saved-view";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";

// The bookings table's writes. Each returns a result instead of throwing, so the table shows the
// message where it happened; authorisation and validation are the use cases'.

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fields?: Record<string, string> };

async function run<T>(action: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await action() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields };
    throw error;
  }
}

export async function saveViewAction(input: unknown): Promise<ActionResult<SavedViewSummary>> {
  return run(async () => {
    const view = await createSavedView({ db: await getDb(), actor: await getActor(await headers()), input });
    revalidatePath("/admin");
    return view;
  });
}

export async function deleteViewAction(id: unknown): Promise<ActionResult> {
  return run(async () => {
    await deleteSavedView({ db: await getDb(), actor: await getActor(await headers()), id });
    revalidatePath("/admin");
    return undefined;
  });
}

export async function setTableColumnsAction(columns: unknown): Promise<ActionResult> {
  return run(async () => {
    await setTableColumns({ db: await getDb(), actor: await getActor(await headers()), columns });
    return undefined;
  });
}
