import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validation";
import { assertAnotherActiveAdmin, lockActiveAdmins } from "./last-admin";
import { changeRoleInputSchema } from "@/contracts/users/schemas";
import { getTeamMemberForUpdate, userTarget } from "./team-member";

type ChangeRoleOptions = { db: Database; actor: Actor | null; input: unknown; ipAddress?: string | null };

/** Makes a team member staff or admin. The change applies from their next request (roles are read per request). */
export async function changeRole({
  db,
  actor,
  input,
  ipAddress = null,
}: ChangeRoleOptions): Promise<{ changed: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId, role } = parseInput(changeRoleInputSchema, input, "The role change needs attention");
  return db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const user = await getTeamMemberForUpdate(tx, userId);
    if (user.role === role) return { changed: false };
    if (role !== "admin") assertAnotherActiveAdmin(activeAdmins, user.id, "demote");
    await tx
      .update(users)
      .set({ role, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      action: "role_changed",
      actor: admin,
      target: userTarget(user),
      ipAddress,
      details: { from: user.role, to: role },
    });
    return { changed: true };
  });
}
