import "server-only";
import { asc, count, inArray, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { TEAM_ROLES, type TeamRole } from "@/contracts/users/schemas";
import { pageOffset, parsePageParams, type ListPage, type PageSizeRules } from "@/contracts/list-page";
import type { SearchParamsInput } from "@/contracts/url-params";
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

export const TEAM_LIST_PAGING: PageSizeRules = { defaultPageSize: 50, maxPageSize: 100 };

/**
 * Everyone who works in the back office (staff and admins), by name, a page at a time (the page's
 * `page` and `pageSize` parameters; a bad one shows the first page); a team, not a customer list.
 */
export async function listUsers({
  db,
  actor,
  query = {},
}: {
  db: Executor;
  actor: Actor | null;
  query?: SearchParamsInput;
}): Promise<ListPage<TeamMember>> {
  requirePermission(actor, "users.manage");
  const { page, pageSize } = parsePageParams(query, TEAM_LIST_PAGING);
  const team = inArray(users.role, [...TEAM_ROLES]);
  const [rows, [total]] = await Promise.all([
    db
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
      .where(team)
      .orderBy(asc(sql`lower(${users.name})`), asc(users.email))
      .limit(pageSize)
      .offset(pageOffset({ page, pageSize })),
    db.select({ value: count() }).from(users).where(team),
  ]);
  const items = rows.map(({ banned, pendingInvitation: pending, locked, ...user }) => ({
    ...user,
    role: user.role as TeamRole,
    status: teamMemberStatus({ banned, locked, pendingInvitation: pending }),
  }));
  return { items, total: total?.value ?? 0, totalIsExact: true, page, pageSize };
}
