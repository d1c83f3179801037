import "server-only";
import { eq } from "drizzle-orm";
import { sessions, twoFactors, users } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { getTeamMemberForUpdate, userTarget } from "./team-member";

type ResetTwoFactorOptions = { db: Database; actor: Actor | null; userId: unknown; ipAddress?: string | null };

/**
 * For a colleague who lost their authenticator and backup codes: removes their second factor and ends
 * their sessions, so they sign in with their password again and set up a new one (at once, when the
 * company requires two-factor).
 */
export async function resetTwoFactor({
  db,
  actor,
  userId,
  ipAddress = null,
}: ResetTwoFactorOptions): Promise<{ changed: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  return db.transaction(async (tx) => {
    const user = await getTeamMemberForUpdate(tx, userId);
    const removed = await tx.delete(twoFactors).where(eq(twoFactors.userId, user.id)).returning({ id: twoFactors.id });
    const [before] = await tx.select({ enabled: users.twoFactorEnabled }).from(users).where(eq(users.id, user.id));
    if (!before?.enabled && removed.length === 0) return { changed: false };
    await tx.update(users).set({ twoFactorEnabled: false, updatedAt: new Date() }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, { action: "two_factor_reset", actor: admin, target: userTarget(user), ipAddress });
    return { changed: true };
  });
}
