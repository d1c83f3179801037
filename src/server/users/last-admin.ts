import "server-only";
import { and, asc, eq, not } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Transaction } from "@/db/types";
import { AppError } from "../errors";
import { pendingInvitation } from "./team-member";

/**
 * Locks the rows of every active admin (in id order, so concurrent callers queue instead of
 * deadlocking) and returns their ids. Two admins demoting each other at the same moment: the second
 * waits here for the first to commit, then re-reads the rows and no longer counts the one demoted.
 */
export async function lockActiveAdmins(tx: Transaction): Promise<string[]> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.banned, false), not(pendingInvitation)))
    .orderBy(asc(users.id))
    .for("update");
  return admins.map((admin) => admin.id);
}

/** Refuses a change that would leave no active admin to manage the team. */
export function assertAnotherActiveAdmin(activeAdminIds: string[], userId: string, doing: string): void {
  if (activeAdminIds.includes(userId) && activeAdminIds.length <= 1) {
    throw new AppError("CONFLICT", `You cannot ${doing} the last active admin. Make someone else an admin first.`);
  }
}
