"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/get-actor";
import { findAssignableTeam } from "@/server/bookings/assign-booking";
import { bulkAssign, bulkChangeStatus, type BulkOutcome } from "@/server/bookings/bulk-actions";
import { isAppError } from "@/server/errors";

// The bookings table's bulk actions: one status step, or one assignee, for the selected rows. Each
// booking follows the same rules as on its own page; the answer says which changed and why others did not.

export type BulkActionResult = { ok: true; outcomes: BulkOutcome[] } | { ok: false; message: string };

async function run(action: () => Promise<BulkOutcome[]>): Promise<BulkActionResult> {
  try {
    const outcomes = await action();
    revalidatePath("/admin");
    return { ok: true, outcomes };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: Object.values(error.fields ?? {})[0] ?? error.message };
    console.error("Bulk action failed", error);
    return { ok: false, message: "Something went wrong on our side. Please try again." };
  }
}

export async function bulkChangeStatusAction(references: unknown, input: unknown): Promise<BulkActionResult> {
  return run(async () => bulkChangeStatus({ db: await getDb(), actor: await getActor(await headers()), references, input }));
}

export async function bulkAssignAction(references: unknown, input: unknown): Promise<BulkActionResult> {
  return run(async () => bulkAssign({ db: await getDb(), actor: await getActor(await headers()), references, input }));
}

/** Who the selected bookings can be assigned to; loaded when someone first selects a row. */
export async function assignableTeamAction(): Promise<{ id: string; name: string }[]> {
  try {
    const team = await findAssignableTeam({ db: await getDb(), actor: await getActor(await headers()) });
    return team.map(({ id, name }) => ({ id, name }));
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}
