import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import type { AuditLogLine } from "@/contracts/audit/audit-log-line";
import { PAGE_PARAMS, pageOffset, pageParamsShape, type ListPage, type PageSizeRules } from "@/contracts/list-page";
import { optionalParam, pickParams, textParam, type SearchParamsInput } from "@/contracts/url-params";
import { parseInput } from "../validation";

export const AUDIT_LOG_PAGING: PageSizeRules = { defaultPageSize: 50, maxPageSize: 100 };
// Counting every line of a long log costs more than the page; past this we show "10,000+".
const COUNT_CAP = 10_000;

/** A name-like filter: a value outside its pattern is dropped (it is only a filter), a value with a character the database cannot compare is refused. */
const nameFilter = (label: string, pattern: RegExp) =>
  optionalParam(textParam(label, { max: 64 })).transform((value) => (value && pattern.test(value) ? value : undefined));

const AUDIT_LOG_PARAMS = ["action", "targetType", "targetId", ...PAGE_PARAMS] as const;

/**
 * The audit page's query string. A malformed action or target type is dropped rather than refused (it
 * is only a filter); text the database cannot compare (NUL, a lone surrogate) or an over-long target id
 * is refused, naming the parameter, through the one text-parameter schema.
 */
export const auditLogFiltersSchema = z.object({
  action: nameFilter("action", /^[a-z][a-z_]{0,63}$/),
  targetType: nameFilter("targetType", /^[a-z][a-z_]{0,31}$/),
  targetId: optionalParam(textParam("targetId", { max: 200 })),
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
  filters: SearchParamsInput;
}): Promise<AuditLogPage> {
  requirePermission(actor, "audit.read");
  const { action, targetType, targetId, page, pageSize } = parseInput(
    auditLogFiltersSchema,
    pickParams(filters, AUDIT_LOG_PARAMS),
    "Some audit log filters are not valid",
  );
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
