import "server-only";
import { auditLog } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { AuditAction } from "@/contracts/audit/audit-actions";

export type AuditEntry = {
  action: AuditAction;
  /** Who did it; null for the system or for someone not signed in (a failed sign-in). */
  actor?: { id: string; email: string } | null;
  target?: { type: "user" | "setting" | "booking"; id: string; label: string } | null;
  ipAddress?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Appends one line to the audit log. Pass the transaction of the change it describes, so the line
 * exists exactly when the change committed.
 */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    targetLabel: entry.target?.label ?? null,
    ipAddress: entry.ipAddress ?? null,
    details: entry.details ?? {},
  });
}
