import "server-only";
import type { Database } from "@/db/types";
import { recordAudit } from "../audit/record-audit";

type UpdatedUser = { id: string; email: string; twoFactorEnabled?: unknown };
type EndpointContext = { path?: string; headers?: Headers } | null | undefined;

/**
 * Better Auth's two-factor plugin writes users.two_factor_enabled only on these paths (verify-totp only
 * while setting up: a sign-in's code check leaves the user row alone), so the path says what changed.
 * Runs from databaseHooks.user.update.after, i.e. once the change is written.
 */
export async function auditTwoFactorChange(db: Database, user: UpdatedUser, ctx: EndpointContext): Promise<void> {
  const path = ctx?.path;
  const action =
    path === "/two-factor/disable" && user.twoFactorEnabled === false
      ? "two_factor_disabled"
      : (path === "/two-factor/verify-totp" || path === "/two-factor/enable") && user.twoFactorEnabled === true
        ? "two_factor_enabled"
        : null;
  if (!action) return;
  await recordAudit(db, {
    action,
    actor: { id: user.id, email: user.email },
    target: { type: "user", id: user.id, label: user.email },
    ipAddress: ctx?.headers?.get("x-client-ip") ?? null,
  });
}
