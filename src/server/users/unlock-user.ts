import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { getTeamMemberForUpdate, userTarget } from "./team-member";

type UnlockUserOptions = { db: Database; actor: Actor | null; userId: unknown; ipAddress?: string | null };

/** Lifts a lockout before it runs out, and forgets the failed sign-ins counted so far. */
export async function unlockUser({
  db,
  actor,
  userId,
  ipAddress = null,
}: UnlockUserOptions): Promise<{ changed: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  return db.transaction(async (tx) => {
    const user = await getTeamMemberForUpdate(tx, userId);
    await tx
      .update(users)
      .set({ lockedUntil: null, failedSignIns: 0, failedSignInsSince: null })
      .where(eq(users.id, user.id));
    if (!user.locked) return { changed: false };
    await recordAudit(tx, { action: "account_unlocked", actor: admin, target: userTarget(user), ipAddress });
    return { changed: true };
  });
}
