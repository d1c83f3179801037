import "server-only";
import { asc, inArray, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { TEAM_ROLES, type TeamRole } from "@/contracts/users/schemas";
import { pendingInvitation, teamMemberStatus, type TeamMemberStatus } from "./team-member";

export type TeamMember = {
  id: string;
  name: string;
  email: string;
  role: TeamRole;
  status: TeamMemberStatus;
  lastSignInAt: Date | null;
  invitedAt: Date | null;
  lockedUntil: Date | null;
  twoFactorEnabled: boolean;
};

/** Everyone who works in the back office (staff and admins), by name; a team, not a customer list. */
export async function listUsers({ db, actor }: { db: Executor; actor: Actor | null }): Promise<TeamMember[]> {
  requirePermission(actor, "users.manage");
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      banned: users.banned,
      lastSignInAt: users.lastSignInAt,
      invitedAt: users.invitedAt,
      lockedUntil: users.lockedUntil,
      twoFactorEnabled: users.twoFactorEnabled,
      pendingInvitation,
      // The database's clock decides whether a lock has run out, as it did when it set it.
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
    })
    .from(users)
    .where(inArray(users.role, [...TEAM_ROLES]))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.email));
  return rows.map(({ banned, pendingInvitation: pending, locked, ...user }) => ({
    ...user,
    role: user.role as TeamRole,
    status: teamMemberStatus({ banned, locked, pendingInvitation: pending }),
  }));
}
