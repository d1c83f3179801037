import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";

const PER_PAGE = 50;
// Counting every line of a long log costs more than the page; past this we show "10,000+".
const COUNT_CAP = 10_000;

/** The audit page's query string. A bad value is dropped rather than refused: it is only a filter. */
export const auditLogFiltersSchema = z.object({
  action: z.string().regex(/^[a-z][a-z_]{0,63}$/).optional().catch(undefined),
  targetType: z.string().regex(/^[a-z][a-z_]{0,31}$/).optional().catch(undefined),
  targetId: z.string().min(1).max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditLogFilters = z.infer<typeof auditLogFiltersSchema>;

/** A page of the audit log, newest first, optionally one action and/or one target only. */
export async function findAuditLog({ db, actor, filters }: { db: Executor; actor: Actor | null; filters: unknown }) {
  requirePermission(actor, "audit.read");
  const { action, targetType, targetId, page } = auditLogFiltersSchema.parse(filters ?? {});
  const conditions: SQL[] = [];
  if (action) conditions.push(eq(auditLog.action, action));
  if (targetType) conditions.push(eq(auditLog.targetType, targetType));
  if (targetId) conditions.push(eq(auditLog.targetId, targetId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [data, counted] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(PER_PAGE)
      .offset((page - 1) * PER_PAGE),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from (select 1 from ${auditLog} ${where ? sql`where ${where}` : sql``} limit ${COUNT_CAP + 1}) capped`,
    ),
  ]);
  const total = Number(counted[0]?.total ?? 0);
  const count = Math.min(total, COUNT_CAP);
  return {
    data,
    count,
    countIsCapped: total > COUNT_CAP,
    currentPage: page,
    perPage: PER_PAGE,
    totalPages: Math.max(1, Math.ceil(count / PER_PAGE)),
    filters: { action, targetType, targetId },
  };
}
