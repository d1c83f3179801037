import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { getTeamMemberForUpdate, userTarget } from "./team-member";

type ReactivateUserOptions = { db: Database; actor: Actor | null; userId: unknown; ipAddress?: string | null };

/** Lets a deactivated account sign in again with its password (its old sessions stay ended). */
export async function reactivateUser({
  db,
  actor,
  userId,
  ipAddress = null,
}: ReactivateUserOptions): Promise<{ changed: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  return db.transaction(async (tx) => {
    const user = await getTeamMemberForUpdate(tx, userId);
    if (!user.banned) return { changed: false };
    await tx
      .update(users)
      .set({ banned: false, banReason: null, banExpires: null, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, { action: "user_reactivated", actor: admin, target: userTarget(user), ipAddress });
    return { changed: true };
  });
}
