import Link from "next/link";
import { loadListFromUrl } from "@/web/load-list-from-url";
import { requirePagePermission } from "@/web/page-guard";
import { AuditActionFilter } from "@/components/admin/audit/audit-action-filter";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { RefusedLinkNotice } from "@/components/admin/refused-link-notice";
import { ListPager } from "@/components/admin/list-pager";
import { Button } from "@/components/ui/button";
import { AUDIT_ACTIONS, auditActionLabel } from "@/contracts/audit/audit-actions";
import { pageHref } from "@/contracts/list-page";
import { AUDIT_LOG_PAGING, findAuditLog } from "@/server/audit/find-audit-log";

export const metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const { db, actor } = await requirePagePermission("audit.read", "/admin/audit");
  const { list: result, refused } = await loadListFromUrl(
    (filters) => findAuditLog({ db, actor, filters }),
    await searchParams,
  );
  const { action, targetType, targetId } = result.filters;
  const href = (page: number) =>
    pageHref("/admin/audit", { action, targetType, targetId }, { page, pageSize: result.pageSize }, AUDIT_LOG_PAGING);
  const targetLabel = targetId ? (result.items[0]?.targetLabel ?? targetId) : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-sm text-muted-foreground">
          Sign-ins, failures, lockouts and every change to the team, newest first.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <AuditActionFilter
          value={action}
          target={targetType && targetId ? { type: targetType, id: targetId } : undefined}
          actions={AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabel(value) }))}
        />
        {targetLabel && (
          <p className="flex items-center gap-2 text-sm">
            Only <strong className="break-all">{targetLabel}</strong>
            <Button asChild variant="outline" size="sm">
              <Link href={action ? `/admin/audit?action=${action}` : "/admin/audit"}>Show everyone</Link>
            </Button>
          </p>
        )}
      </div>
      <RefusedLinkNotice refused={refused} showing="Showing every line of the log instead." />
      <AuditTable lines={result.items} />
      <ListPager list={result} noun={{ one: "line", other: "lines" }} href={href} />
    </div>
  );
}
