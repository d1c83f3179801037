import "server-only";
import { render, toPlainText } from "@react-email/render";
import { brand } from "@/config/brand";
import { getConfig } from "@/config/env";
import { emailTemplates, isEmailTemplateName, type EmailTemplateName } from "@/emails/registry";
import type { EmailBrand } from "@/emails/types";

export type RenderedEmail = { subject: string; html: string; text: string };

export function emailBrand(): EmailBrand {
  const { APP_URL } = getConfig();
  return {
    name: brand.name,
    legalName: brand.legalName,
    appUrl: APP_URL,
    logoUrl: `${APP_URL}${brand.logoPath}`,
    contactEmail: brand.contact.email,
    contactPhone: brand.contact.phone,
    address: brand.contact.address,
  };
}

/** One line, no control characters: nothing a customer typed can start a new header. */
export function headerSafe(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .trim()
    .slice(0, 250);
}

/** Renders a template to subject, HTML and plain text. User text is escaped by React. */
export async function renderEmail(template: string, data: unknown): Promise<RenderedEmail> {
  if (!isEmailTemplateName(template)) throw new Error(`Unknown email template "${template}"`);
  const definition = emailTemplates[template as EmailTemplateName] as {
    subject: (d: unknown, b: EmailBrand) => string;
    render: (d: unknown, b: EmailBrand) => React.ReactElement;
  };
  const emailBrandData = emailBrand();
  const element = definition.render(data, emailBrandData);
  // One React render; the plain-text part is derived from its HTML.
  const html = await render(element);
  const text = toPlainText(html);
  return { subject: headerSafe(definition.subject(data, emailBrandData)), html, text };
}
