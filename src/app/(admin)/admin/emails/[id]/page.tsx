import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailFrame } from "@/components/emails/email-frame";
import { EmailStatusBadge } from "@/components/emails/email-status-badge";
import { RetryButton } from "@/components/emails/retry-button";
import { emailTemplates, isEmailTemplateName } from "@/emails/registry";
import { requirePagePermission } from "@/web/page-guard";
import { roleCan } from "@/server/access/permissions";
import { getEmail } from "@/server/email/get-email";
import { isAppError } from "@/server/errors";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";

export const metadata = { title: "Email" };

// Seconds shown: retries are minutes apart and the provider's logs are read against them.
const at = (instant: Date) => (
  <time dateTime={instant.toISOString()}>{formatInstant(instant, brand.timeZone, { seconds: true })}</time>
);

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, actor } = await requirePagePermission("emails.read", `/admin/emails/${id}`);
  const email = await getEmail({ db, actor, id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const facts: [string, React.ReactNode][] = [
    ["Recipient", email.toAddress],
    ["Template", isEmailTemplateName(email.template) ? emailTemplates[email.template].label : email.template],
    ["Booking", email.bookingReference ?? "—"],
    ["Status", <EmailStatusBadge key="status" status={email.status} />],
    ["Attempts", email.attempts],
    ["Queued", at(email.createdAt)],
    ["Sent", email.sentAt ? at(email.sentAt) : "—"],
    ["Next attempt", email.status === "failed" ? at(email.nextAttemptAt) : "—"],
    ["Provider", email.provider ?? "—"],
    ["Provider message id", email.providerMessageId ?? "—"],
    ["Last error", email.lastError ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <Link href="/admin/emails" className="text-sm text-primary underline-offset-4 hover:underline">
        ← All emails
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">{email.rendered.subject}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border bg-card p-4 text-sm sm:grid-cols-[12rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {(email.status === "dead" || email.status === "failed") && roleCan(actor.role, "emails.retry") && (
        <RetryButton id={email.id} />
      )}
      <section aria-labelledby="preview-heading" className="space-y-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <EmailFrame html={email.rendered.html} title={`Preview of ${email.rendered.subject}`} />
      </section>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="text-lg font-semibold">
          Plain-text part
        </h2>
        <pre className="overflow-x-auto rounded-lg border bg-card p-4 text-xs whitespace-pre-wrap">
          {email.rendered.text}
        </pre>
      </section>
    </div>
  );
}
