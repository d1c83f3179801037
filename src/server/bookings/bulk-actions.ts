import "server-only";
import { z } from "zod";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { isAppError } from "../errors";
import { parseInput } from "../validation";
import { assignBooking } from "./assign-booking";
import { changeBookingStatus } from "./change-status";

export const MAX_BULK = 100;

const referencesSchema = z
  .array(z.string().min(1).max(40), { error: "Choose the bookings" })
  .min(1, { error: "Choose at least one booking" })
  .max(MAX_BULK, { error: `At most ${MAX_BULK} bookings at once` });

export type BulkOutcome = { reference: string; ok: true } | { reference: string; ok: false; reason: string };

/**
 * Applies one action to each booking separately: each follows the same rules as a single change
 * (and its own transaction), so one refusal does not stop the others. Says which moved and why
 * the others did not.
 */
async function eachBooking(
  references: string[],
  apply: (reference: string) => Promise<unknown>,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const reference of [...new Set(references)]) {
    try {
      await apply(reference);
      outcomes.push({ reference, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({ reference, ok: false, reason: error.message });
    }
  }
  return outcomes;
}

export async function bulkChangeStatus({
  db,
  actor,
  references,
  input,
}: {
  db: Executor;
  actor: Actor | null;
  references: unknown;
  input: unknown;
}) {
  requirePermission(actor, "bookings.changeStatus");
  const list = parseInput(referencesSchema, references, "Choose the bookings to change");
  return eachBooking(list, (reference) => changeBookingStatus({ db, actor, reference, input }));
}

export async function bulkAssign({
  db,
  actor,
  references,
  input,
}: {
  db: Executor;
  actor: Actor | null;
  references: unknown;
  input: unknown;
}) {
  requirePermission(actor, "bookings.assign");
  const list = parseInput(referencesSchema, references, "Choose the bookings to assign");
  return eachBooking(list, (reference) => assignBooking({ db, actor, reference, input }));
}
