import Link from "next/link";
import { notFound } from "next/navigation";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { EmailFrame } from "@/components/emails/email-frame";
import { requirePagePermission } from "@/web/page-guard";
import { getMailboxMessage } from "@/server/email/find-mailbox-messages";
import { isAppError } from "@/server/errors";

export const metadata = { title: "Mailbox message" };

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, actor } = await requirePagePermission("emails.read", `/admin/mailbox/${id}`);
  const message = await getMailboxMessage({ db, actor, id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <Link href="/admin/mailbox" className="text-sm text-primary underline-offset-4 hover:underline">
        ← Mailbox
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">{message.subject}</h1>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[6rem_1fr]">
        <dt className="text-muted-foreground">From</dt>
        <dd>{message.fromAddress}</dd>
        <dt className="text-muted-foreground">To</dt>
        <dd>{message.toAddress}</dd>
        <dt className="text-muted-foreground">Received</dt>
        <dd>
          <time dateTime={message.receivedAt.toISOString()}>
            {formatInstant(message.receivedAt, brand.timeZone, { seconds: true })}
          </time>
        </dd>
      </dl>
      <EmailFrame html={message.html} title={`Message: ${message.subject}`} />
      <details className="rounded-lg border bg-card p-4 text-sm">
        <summary className="cursor-pointer font-medium">Plain-text part</summary>
        <pre className="mt-3 text-xs whitespace-pre-wrap">{message.text}</pre>
      </details>
    </div>
  );
}
