"use server";

import { revalidatePath } from "next/cache";
import { findAssignableTeam } from "@/server/bookings/assign-booking";
import { bulkAssign, bulkChangeStatus, type BulkOutcome } from "@/server/bookings/bulk-actions";
import { AppError, isAppError } from "@/server/errors";
import { action } from "@/web/action-client";

// The bookings table's bulk actions: one status step, or one assignee, for the selected rows. Each
// booking follows the same rules as on its own page; the answer says which changed and why others did not.

/** The bulk bar has no fields to mark, so a refused input is answered with its first field's sentence. */
async function outcomesOf(work: Promise<BulkOutcome[]>): Promise<{ data: BulkOutcome[] }> {
  try {
    const outcomes = await work;
    revalidatePath("/admin");
    return { data: outcomes };
  } catch (error) {
    if (isAppError(error) && error.fields)
      throw new AppError(error.code, Object.values(error.fields)[0] ?? error.message);
    throw error;
  }
}

export const bulkChangeStatusAction = action(
  "bulkChangeStatusAction",
  async ({ db, actor }, references: unknown, input: unknown) =>
    outcomesOf(bulkChangeStatus({ db, actor, references, input })),
);

export const bulkAssignAction = action("bulkAssignAction", async ({ db, actor }, references: unknown, input: unknown) =>
  outcomesOf(bulkAssign({ db, actor, references, input })),
);

/** Who the selected bookings can be assigned to; loaded when someone first selects a row. */
export const assignableTeamAction = action("assignableTeamAction", async ({ db, actor }) => {
  const team = await findAssignableTeam({ db, actor });
  return { data: team.map(({ id, name }) => ({ id, name })) };
});
