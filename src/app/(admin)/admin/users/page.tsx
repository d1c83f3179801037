import { requirePagePermission } from "@/web/page-guard";
import { ListPager } from "@/components/admin/list-pager";
import { UsersTable } from "@/components/admin/users/users-table";
import { pageHref } from "@/contracts/list-page";
import { listUsers, TEAM_LIST_PAGING } from "@/server/users/list-users";

export const metadata = { title: "Users" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const { db, actor } = await requirePagePermission("users.manage", "/admin/users");
  const team = await listUsers({ db, actor, query: await searchParams });
  return (
    <UsersTable
      currentUserId={actor.id}
      pager={
        <ListPager
          list={team}
          noun={{ one: "team member", other: "team members" }}
          href={(page) => pageHref("/admin/users", {}, { page, pageSize: team.pageSize }, TEAM_LIST_PAGING)}
        />
      }
      users={team.items.map((user) => ({
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        status: user.status,
        twoFactorEnabled: user.twoFactorEnabled,
        lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      }))}
    />
  );
}
