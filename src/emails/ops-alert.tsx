import { Section, Text } from "@react-email/components";
import { brand as company } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { EmailLayout, emailStyles } from "./layout";
import type { EmailBrand, OpsAlertData } from "./types";

const logStyle = {
  ...emailStyles.value,
  margin: "0",
  fontFamily: "Menlo, Consolas, monospace",
  fontSize: "12px",
  whiteSpace: "pre-wrap" as const,
};

/** To operations: a job on the server failed. The log is text (React escapes it), the newest lines last. */
export function OpsAlertEmail({
  brand,
  subject,
  unit,
  host,
  occurredAt,
  logTail,
}: OpsAlertData & { brand: EmailBrand }) {
  return (
    <EmailLayout brand={brand} preview={subject}>
      <Text style={emailStyles.heading}>{subject}</Text>
      <Text style={emailStyles.text}>
        {unit ? `${unit} on ${host}` : host} failed at {formatInstant(occurredAt, company.timeZone, { seconds: true })}.
        Its last log lines are below; the whole log is on the server: journalctl -u {unit ?? "<unit>"}.
      </Text>
      <Section style={emailStyles.box}>
        <Text style={logStyle}>{logTail || "(no log lines)"}</Text>
      </Section>
    </EmailLayout>
  );
}
