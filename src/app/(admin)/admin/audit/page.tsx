import Link from "next/link";
import { requirePagePermission } from "@/web/page-guard";
import { AuditActionFilter } from "@/components/admin/audit/audit-action-filter";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { Button } from "@/components/ui/button";
import { AUDIT_ACTIONS, auditActionLabel } from "@/contracts/audit/audit-actions";
import { findAuditLog } from "@/server/audit/find-audit-log";

export const metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const { db, actor } = await requirePagePermission("audit.read", "/admin/audit");
  const params = await searchParams;
  const result = await findAuditLog({ db, actor, filters: params });
  const { action, targetType, targetId } = result.filters;
  const href = (page: number) =>
    `/admin/audit?${new URLSearchParams(Object.entries({ action, targetType, targetId, page: page > 1 ? String(page) : undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])))}`;
  const targetLabel = targetId ? (result.data[0]?.targetLabel ?? targetId) : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-sm text-muted-foreground">Sign-ins, failures, lockouts and every change to the team, newest first.</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <AuditActionFilter value={action} target={targetType && targetId ? { type: targetType, id: targetId } : undefined} actions={AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabel(value) }))} />
        {targetLabel && (
          <p className="flex items-center gap-2 text-sm">
            Only <strong className="break-all">{targetLabel}</strong>
            <Button asChild variant="outline" size="sm">
              <Link href={action ? `/admin/audit?action=${action}` : "/admin/audit"}>Show everyone</Link>
            </Button>
          </p>
        )}
      </div>
      <AuditTable lines={result.data} />
      <div className="flex items-center justify-between text-sm text-muted-foreground">
        <span>
          {result.countIsCapped ? `${result.count.toLocaleString("en")}+` : result.count.toLocaleString("en")} lines · page {result.currentPage} of {result.countIsCapped ? `${result.totalPages}+` : result.totalPages}
        </span>
        <div className="flex gap-2">
          {result.currentPage > 1 && <Button asChild variant="outline" size="sm"><Link href={href(result.currentPage - 1)}>Previous</Link></Button>}
          {(result.currentPage < result.totalPages || (result.countIsCapped && result.data.length === result.perPage)) && (
            <Button asChild variant="outline" size="sm"><Link href={href(result.currentPage + 1)}>Next</Link></Button>
          )}
        </div>
      </div>
    </div>
  );
}
