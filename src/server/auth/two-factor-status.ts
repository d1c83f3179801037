import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";

/** The signed-in team member's own two-factor state, for their account page. */
export async function getTwoFactorStatus({ db, actor }: { db: Executor; actor: Actor | null }) {
  // admin.access, not a stricter permission: this page must stay open while two-factor is required but off.
  const self = requirePermission(actor, "admin.access");
  const [row] = await db.select({ enabled: users.twoFactorEnabled }).from(users).where(eq(users.id, self.id));
  return { enabled: row?.enabled ?? false, required: Boolean(self.mustEnableTwoFactor) };
}
