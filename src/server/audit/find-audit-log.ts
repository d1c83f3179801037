import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import type { AuditLogLine } from "@/contracts/audit/audit-log-line";
import { pageOffset, pageParamsShape, type ListPage, type PageSizeRules } from "@/contracts/list-page";

export const AUDIT_LOG_PAGING: PageSizeRules = { defaultPageSize: 50, maxPageSize: 100 };
// Counting every line of a long log costs more than the page; past this we show "10,000+".
const COUNT_CAP = 10_000;

/** The audit page's query string. A bad value is dropped rather than refused: it is only a filter. */
export const auditLogFiltersSchema = z.object({
  action: z
    .string()
    .regex(/^[a-z][a-z_]{0,63}$/)
    .optional()
    .catch(undefined),
  targetType: z
    .string()
    .regex(/^[a-z][a-z_]{0,31}$/)
    .optional()
    .catch(undefined),
  targetId: z.string().min(1).max(200).optional().catch(undefined),
  ...pageParamsShape(AUDIT_LOG_PAGING, "useDefault"),
});
export type AuditLogFilters = z.infer<typeof auditLogFiltersSchema>;

export type AuditLogPage = ListPage<AuditLogLine> & {
  filters: Pick<AuditLogFilters, "action" | "targetType" | "targetId">;
};

/** A page of the audit log, newest first, optionally one action and/or one target only. */
export async function findAuditLog({
  db,
  actor,
  filters,
}: {
  db: Executor;
  actor: Actor | null;
  filters: unknown;
}): Promise<AuditLogPage> {
  requirePermission(actor, "audit.read");
  const { action, targetType, targetId, page, pageSize } = auditLogFiltersSchema.parse(filters ?? {});
  const conditions: SQL[] = [];
  if (action) conditions.push(eq(auditLog.action, action));
  if (targetType) conditions.push(eq(auditLog.targetType, targetType));
  if (targetId) conditions.push(eq(auditLog.targetId, targetId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, counted] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(pageSize)
      .offset(pageOffset({ page, pageSize })),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from (select 1 from ${auditLog} ${where ? sql`where ${where}` : sql``} limit ${COUNT_CAP + 1}) capped`,
    ),
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return {
    items,
    total: Math.min(total, COUNT_CAP),
    totalIsExact: total <= COUNT_CAP,
    page,
    pageSize,
    filters: { action, targetType, targetId },
  };
}
