import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { recordAudit } from "../audit/record-audit";
import { enqueueEmail } from "../email/enqueue-email";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { INVITATION_LINK_MINUTES, createPasswordLink } from "./password-link";
import { inviteUserInputSchema } from "@/contracts/users/schemas";
import { pendingInvitation, userTarget } from "./team-member";

type InviteUserOptions = { db: Database; actor: Actor | null; input: unknown; ipAddress?: string | null };

/**
 * Creates a staff or admin account without a password and emails the invitee a link to choose one.
 * Inviting someone whose invitation is still pending sends a fresh link (with the name and role of
 * this invitation); any other existing account with that address is a field error.
 */
export async function inviteUser({
  db,
  actor,
  input,
  ipAddress = null,
}: InviteUserOptions): Promise<{ id: string; email: string; resent: boolean }> {
  const admin = requirePermission(actor, "users.manage");
  const { email, name, role } = parseInput(inviteUserInputSchema, input, "The invitation needs attention");
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, pending: pendingInvitation, banned: users.banned })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email})`)
      .for("update");
    if (existing && (!existing.pending || existing.banned)) {
      throw new AppError("CONFLICT", "This person already has an account", {
        fields: {
          email: `${email} already has an account${existing.banned ? " (deactivated: reactivate it instead)" : ""}`,
        },
      });
    }
    const [user] = existing
      ? await tx
          .update(users)
          .set({ name, role, invitedAt: sql`now()`, invitedById: admin.id, updatedAt: sql`now()` })
          .where(eq(users.id, existing.id))
          .returning({ id: users.id, email: users.email })
      : await tx
          .insert(users)
          .values({ email: email.toLowerCase(), name, role, invitedAt: sql`now()`, invitedById: admin.id })
          .onConflictDoNothing({ target: users.email })
          .returning({ id: users.id, email: users.email });
    // Nothing inserted: another invitation for the same address committed a moment ago.
    if (!user)
      throw new AppError("CONFLICT", "This person already has an account", {
        fields: { email: `${email} already has an account` },
      });

    const link = await createPasswordLink(tx, { userId: user.id, expiresInMinutes: INVITATION_LINK_MINUTES });
    await enqueueEmail(tx, {
      template: "invitation",
      to: user.email,
      data: { name, url: link.url, expiresInMinutes: INVITATION_LINK_MINUTES, role, invitedBy: admin.name },
      idempotencyKey: link.idempotencyKey("invitation"),
    });
    await recordAudit(tx, {
      action: "user_invited",
      actor: admin,
      target: userTarget(user),
      ipAddress,
      details: { role, ...(existing ? { resent: true } : {}) },
    });
    return { id: user.id, email: user.email, resent: existing !== undefined };
  });
}
