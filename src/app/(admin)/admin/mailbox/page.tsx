import Link from "next/link";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { requirePagePermission } from "@/web/page-guard";
import { ListPager } from "@/components/admin/list-pager";
import { pageHref } from "@/contracts/list-page";
import { findMailboxMessages, MAILBOX_PAGING } from "@/server/email/find-mailbox-messages";

export const metadata = { title: "Development mailbox" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MailboxPage({ searchParams }: { searchParams: SearchParams }) {
  const { db, actor } = await requirePagePermission("emails.read", "/admin/mailbox");
  const mailbox = await findMailboxMessages({ db, actor, query: await searchParams });
  const messages = mailbox.items;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Development mailbox</h1>
      <p className="text-sm text-muted-foreground">
        With no email provider configured (EMAIL_PROVIDER=dev), every email is delivered here instead of to real
        inboxes.
      </p>
      <ul className="divide-y rounded-xl border bg-card">
        {messages.map((message) => (
          <li key={message.id}>
            <Link
              href={`/admin/mailbox/${message.id}`}
              className="grid gap-0.5 px-4 py-3 hover:bg-accent sm:grid-cols-[16rem_1fr_auto] sm:gap-4"
            >
              <span className="truncate text-sm">{message.toAddress}</span>
              <span className="truncate font-medium">{message.subject}</span>
              <span className="text-xs text-muted-foreground">
                <time dateTime={message.receivedAt.toISOString()}>
                  {formatInstant(message.receivedAt, brand.timeZone)}
                </time>
              </span>
            </Link>
          </li>
        ))}
        {messages.length === 0 && (
          <li className="px-4 py-10 text-center text-muted-foreground">The mailbox is empty.</li>
        )}
      </ul>
      <ListPager
        list={mailbox}
        noun={{ one: "message", other: "messages" }}
        href={(page) => pageHref("/admin/mailbox", {}, { page, pageSize: mailbox.pageSize }, MAILBOX_PAGING)}
      />
    </div>
  );
}
