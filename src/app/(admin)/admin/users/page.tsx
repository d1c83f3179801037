import { requirePagePermission } from "@/web/page-guard";
import { UsersTable } from "@/components/admin/users/users-table";
import { listUsers } from "@/server/users/list-users";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const { db, actor } = await requirePagePermission("users.manage", "/admin/users");
  const users = await listUsers({ db, actor });
  return (
    <UsersTable
      currentUserId={actor.id}
      users={users.map((user) => ({
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
