import "server-only";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { enqueueEmail } from "../email/enqueue-email";
import { AppError } from "../errors";
import { RESET_LINK_MINUTES, createPasswordLink } from "./password-link";
import { getTeamMemberForUpdate, userTarget } from "./team-member";

type SendPasswordResetOptions = { db: Database; actor: Actor | null; userId: unknown; ipAddress?: string | null };

/**
 * Emails a team member the same one-time reset link as /forgot-password does (same template, same
 * lifetime, same Better Auth token), for when they ask an admin rather than the sign-in page.
 */
export async function sendPasswordReset({
  db,
  actor,
  userId,
  ipAddress = null,
}: SendPasswordResetOptions): Promise<{ email: string }> {
  const admin = requirePermission(actor, "users.manage");
  return db.transaction(async (tx) => {
    const user = await getTeamMemberForUpdate(tx, userId);
    if (user.banned) throw new AppError("CONFLICT", `${user.email} is deactivated: reactivate the account first`);
    const link = await createPasswordLink(tx, { userId: user.id, expiresInMinutes: RESET_LINK_MINUTES });
    await enqueueEmail(tx, {
      template: "password_reset",
      to: user.email,
      data: { name: user.name, url: link.url, expiresInMinutes: RESET_LINK_MINUTES },
      idempotencyKey: link.idempotencyKey("password-reset"),
    });
    await recordAudit(tx, { action: "password_reset_sent", actor: admin, target: userTarget(user), ipAddress });
    return { email: user.email };
  });
}
