import "server-only";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Security-relevant events an admin can read: sign-ins, failures, lockouts, invitations, role
 * changes, deactivations, setting changes and purged bookings. Append-only; the actor's and
 * target's emails are copied so the line still reads after an account or booking is gone.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // sign_in, sign_in_failed, account_locked, account_unlocked, user_invited, role_changed, …
    action: text("action").notNull(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email"),
    // What the action was about: a user's email, a booking reference, a setting's name.
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    ipAddress: text("ip_address"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: the audit page lists newest first.
    index("audit_log_created_idx").on(t.createdAt.desc().nullsFirst()),
    // Why: "what happened to this account" on the users page.
    index("audit_log_target_idx").on(t.targetType, t.targetId, t.createdAt.desc().nullsFirst()),
  ],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
