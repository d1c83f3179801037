import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getConfig } from "@/config/env";
import { verifications } from "@/db/schema";
import type { Executor } from "@/db/types";

export const INVITATION_LINK_MINUTES = 7 * 24 * 60;
// Keep equal to RESET_LINK_MINUTES in src/server/auth/auth.ts: the same email, the same promise.
export const RESET_LINK_MINUTES = 60;

/**
 * A one-time "choose your password" link, written in the caller's transaction. It is Better Auth's own
 * reset token (identifier `reset-password:<token>`, value the user id; see its
 * api/routes/password.ts), so POST /api/auth/reset-password accepts it, enforces our password policy,
 * creates the credential account an invitee does not have yet, and ends the user's other sessions.
 * The link goes through Better Auth's GET /reset-password/<token> like a self-service reset, which
 * checks the token and lands on our /reset-password page with it (or with ?error=INVALID_TOKEN).
 */
export async function createPasswordLink(
  db: Executor,
  { userId, expiresInMinutes }: { userId: string; expiresInMinutes: number },
) {
  const token = randomBytes(24).toString("base64url");
  await db.insert(verifications).values({
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt: new Date(Date.now() + expiresInMinutes * 60_000),
  });
  const url = `${getConfig().APP_URL}/api/auth/reset-password/${token}?callbackURL=${encodeURIComponent("/reset-password")}`;
  // The outbox keeps one email per key; the token makes each link its own message.
  const idempotencyKey = (kind: string) => `${kind}/${createHash("sha256").update(token).digest("hex").slice(0, 32)}`;
  return { url, idempotencyKey };
}
