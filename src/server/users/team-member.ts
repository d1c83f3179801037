import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Transaction } from "@/db/types";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { TEAM_ROLES, userIdSchema } from "@/contracts/users/schemas";

export type TeamMemberStatus = "active" | "invited" | "deactivated" | "locked";

/** Invited and not yet joined: no password set and no linked sign-in (Google) either. */
// Spelled out with table names: Drizzle leaves columns unqualified in a one-table select, and inside the
// subquery an unqualified "id" would be the account's. Use only in queries on the users table.
export const pendingInvitation = sql<boolean>`("users"."invited_at" is not null and not exists (select 1 from "accounts" where "accounts"."user_id" = "users"."id"))`;

export function teamMemberStatus(user: {
  banned: boolean;
  locked: boolean;
  pendingInvitation: boolean;
}): TeamMemberStatus {
  if (user.banned) return "deactivated";
  if (user.pendingInvitation) return "invited";
  if (user.locked) return "locked";
  return "active";
}

/**
 * A staff or admin account, its row locked until the transaction ends; NOT_FOUND for anything else
 * (customers are not managed here). Call lockActiveAdmins first where both are needed, so every
 * transaction takes the locks in the same order.
 */
export async function getTeamMemberForUpdate(tx: Transaction, userId: unknown) {
  const id = parseInput(userIdSchema, userId, "No such user");
  const [user] = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      banned: users.banned,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
      pendingInvitation,
    })
    .from(users)
    .where(and(eq(users.id, id), inArray(users.role, [...TEAM_ROLES])))
    .for("update");
  if (!user) throw new AppError("NOT_FOUND", "No such team member");
  return user;
}

export const userTarget = (user: { id: string; email: string }) => ({
  type: "user" as const,
  id: user.id,
  label: user.email,
});
