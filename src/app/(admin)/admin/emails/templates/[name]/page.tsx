import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailFrame } from "@/components/emails/email-frame";
import { emailTemplates, isEmailTemplateName } from "@/emails/registry";
import { requirePagePermission } from "@/web/page-guard";
import { renderEmail } from "@/server/email/render-email";

export const metadata = { title: "Template preview" };

export default async function TemplatePreviewPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  await requirePagePermission("emails.read", `/admin/emails/templates/${name}`);
  if (!isEmailTemplateName(name)) notFound();
  const rendered = await renderEmail(name, emailTemplates[name].sample);
  return (
    <div className="space-y-4">
      <Link href="/admin/emails/templates" className="text-sm text-primary underline-offset-4 hover:underline">
        ← All templates
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">{emailTemplates[name].label}</h1>
      <p className="text-sm">
        <span className="text-muted-foreground">Subject:</span> {rendered.subject}
      </p>
      <EmailFrame html={rendered.html} title={`Preview of ${emailTemplates[name].label}`} />
      <pre className="overflow-x-auto rounded-lg border bg-card p-4 text-xs whitespace-pre-wrap">{rendered.text}</pre>
    </div>
  );
}
