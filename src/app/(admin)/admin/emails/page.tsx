import Link from "next/link";
import { EmailStatusBadge } from "@/components/emails/email-status-badge";
import { ListPager } from "@/components/admin/list-pager";
import { RefusedLinkNotice } from "@/components/admin/refused-link-notice";
import { Button } from "@/components/ui/button";
import { emailTemplates, isEmailTemplateName } from "@/emails/registry";
import { loadListFromUrl } from "@/web/load-list-from-url";
import { requirePagePermission } from "@/web/page-guard";
import { pageHref } from "@/contracts/list-page";
import { EMAIL_LIST_PAGING, EMAIL_STATUSES, findEmails } from "@/server/email/find-emails";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { cn } from "@/lib/utils";

export const metadata = { title: "Emails" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EmailsPage({ searchParams }: { searchParams: SearchParams }) {
  const { db, actor } = await requirePagePermission("emails.read", "/admin/emails");
  const { list: result, refused } = await loadListFromUrl(
    (query) => findEmails({ db, actor, query }),
    await searchParams,
  );
  const { status } = result;
  const href = (next: { status?: string; page?: number }) =>
    pageHref(
      "/admin/emails",
      { status: next.status },
      { page: next.page ?? 1, pageSize: result.pageSize },
      EMAIL_LIST_PAGING,
    );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Emails</h1>
          <p className="text-sm text-muted-foreground">Every message the system queued, and what became of it.</p>
        </div>
        <Button asChild variant="outline" size="sm">
          <Link href="/admin/emails/templates">Template previews</Link>
        </Button>
      </div>
      <RefusedLinkNotice refused={refused} showing="Showing every email instead." />
      <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
        {[undefined, ...EMAIL_STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={href({ status: s })}
            aria-current={s === status ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-sm",
              s === status ? "border-primary bg-primary text-primary-foreground" : "bg-card hover:bg-accent",
            )}
          >
            {s ?? "all"}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto rounded-xl border bg-card">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Emails, newest first</caption>
          <thead className="border-b bg-muted/50 text-xs text-muted-foreground uppercase">
            <tr>
              {["Queued", "Recipient", "Template", "Booking", "Status", "Attempts", "Last error", "Provider id"].map(
                (label) => (
                  <th key={label} scope="col" className="px-3 py-2 font-medium">
                    {label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {result.items.map((email) => (
              <tr key={email.id} className="border-b align-top last:border-0">
                <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">
                  <time dateTime={email.createdAt.toISOString()}>{formatInstant(email.createdAt, brand.timeZone)}</time>
                </td>
                <td className="px-3 py-2">
                  <Link
                    className="font-medium text-primary underline-offset-4 hover:underline"
                    href={`/admin/emails/${email.id}`}
                  >
                    {email.toAddress}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  {isEmailTemplateName(email.template) ? emailTemplates[email.template].label : email.template}
                </td>
                <td className="px-3 py-2 font-mono">{email.bookingReference ?? "—"}</td>
                <td className="px-3 py-2">
                  <EmailStatusBadge status={email.status} />
                </td>
                <td className="px-3 py-2 text-center">{email.attempts}</td>
                <td className="max-w-64 truncate px-3 py-2 text-muted-foreground" title={email.lastError ?? undefined}>
                  {email.lastError ?? ""}
                </td>
                <td className="max-w-48 truncate px-3 py-2 font-mono text-xs text-muted-foreground">
                  {email.providerMessageId ?? ""}
                </td>
              </tr>
            ))}
            {result.items.length === 0 && (
              <tr>
                <td colSpan={8} className="px-3 py-10 text-center text-muted-foreground">
                  No emails{status ? ` with status ${status}` : ""}.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <ListPager list={result} noun={{ one: "email", other: "emails" }} href={(page) => href({ status, page })} />
    </div>
  );
}
