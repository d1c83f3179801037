import Link from "next/link";
import { emailTemplates } from "@/emails/registry";
import { requirePagePermission } from "@/web/page-guard";

export const metadata = { title: "Email templates" };

export default async function TemplatesPage() {
  await requirePagePermission("emails.read", "/admin/emails/templates");
  return (
    <div className="space-y-4">
      <Link href="/admin/emails" className="text-sm text-primary underline-offset-4 hover:underline">
        ← All emails
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">Email templates</h1>
      <p className="text-sm text-muted-foreground">Each template rendered with sample data.</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {Object.entries(emailTemplates).map(([name, template]) => (
          <li key={name}>
            <Link
              href={`/admin/emails/templates/${name}`}
              className="block rounded-lg border bg-card p-3 hover:bg-accent"
            >
              <span className="font-medium">{template.label}</span>
              <span className="block font-mono text-xs text-muted-foreground">{name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
