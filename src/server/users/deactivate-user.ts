import "server-only";
import { and, eq, like, sql } from "drizzle-orm";
import { sessions, users, verifications } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { assertAnotherActiveAdmin, lockActiveAdmins } from "./last-admin";
import { getTeamMemberForUpdate, userTarget } from "./team-member";

type DeactivateUserOptions = { db: Database; actor: Actor | null; userId: unknown; ipAddress?: string | null };

/**
 * Refuses the account's sign-ins from now on and ends every session it has, in one transaction: the
 * person's open tabs are refused on their next request (getActor reads the session from the database).
 * Unused password links (an invitation, a reset) die with it.
 */
export async function deactivateUser({
  db,
  actor,
  userId,
  ipAddress = null,
}: DeactivateUserOptions): Promise<{ changed: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  return db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const user = await getTeamMemberForUpdate(tx, userId);
    if (user.banned) return { changed: false };
    assertAnotherActiveAdmin(activeAdmins, user.id, "deactivate");
    await tx
      .update(users)
      .set({ banned: true, banReason: "Deactivated by an admin", updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    const ended = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.id });
    await tx
      .delete(verifications)
      .where(and(eq(verifications.value, user.id), like(verifications.identifier, "reset-password:%")));
    await recordAudit(tx, {
      action: "user_deactivated",
      actor: admin,
      target: userTarget(user),
      ipAddress,
      details: { sessionsEnded: ended.length },
    });
    return { changed: true };
  });
}
