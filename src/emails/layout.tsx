import { Body, Button, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { EmailBrand } from "./types";

const colors = { primary: "#0f6f73", text: "#1d2a30", muted: "#5b6b73", border: "#dfe8ea", background: "#f4f8f8" };

export const emailStyles = {
  heading: { fontSize: "22px", lineHeight: "1.3", fontWeight: 700, color: colors.text, margin: "0 0 12px" },
  text: { fontSize: "15px", lineHeight: "1.6", color: colors.text, margin: "0 0 12px" },
  muted: { fontSize: "13px", lineHeight: "1.5", color: colors.muted, margin: "0 0 8px" },
  label: {
    fontSize: "12px",
    color: colors.muted,
    margin: "0",
    textTransform: "uppercase" as const,
    letterSpacing: "0.04em",
  },
  value: { fontSize: "15px", color: colors.text, margin: "0 0 10px", whiteSpace: "pre-line" as const },
  reference: {
    fontSize: "24px",
    fontWeight: 700,
    letterSpacing: "0.04em",
    color: colors.primary,
    margin: "4px 0 16px",
    fontFamily: "Menlo, Consolas, monospace",
  },
  button: {
    backgroundColor: colors.primary,
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: "8px",
    fontWeight: 600,
    fontSize: "15px",
    textDecoration: "none",
    display: "inline-block",
  },
  box: { border: `1px solid ${colors.border}`, borderRadius: "10px", padding: "16px 18px", margin: "8px 0 16px" },
};

type EmailLayoutProps = {
  brand: EmailBrand;
  preview: string;
  children: React.ReactNode;
  /** The customer's tracking link: a "Follow your booking" button under the message. */
  trackUrl?: string;
};

/** Branded frame of every email: logo and name, the message, the company's contact details. */
export function EmailLayout({ brand, preview, children, trackUrl }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: colors.background,
          fontFamily: "Inter, Segoe UI, Helvetica, Arial, sans-serif",
          margin: 0,
          padding: "24px 0",
        }}
      >
        <Container
          style={{
            maxWidth: "560px",
            margin: "0 auto",
            backgroundColor: "#ffffff",
            borderRadius: "12px",
            border: `1px solid ${colors.border}`,
          }}
        >
          <Section style={{ padding: "20px 28px", borderBottom: `1px solid ${colors.border}` }}>
            <Img
              src={brand.logoUrl}
              alt={brand.name}
              width="36"
              height="36"
              style={{ display: "inline-block", verticalAlign: "middle" }}
            />
            <Text
              style={{
                display: "inline-block",
                margin: "0 0 0 10px",
                fontSize: "18px",
                fontWeight: 700,
                color: colors.primary,
                verticalAlign: "middle",
              }}
            >
              {brand.name}
            </Text>
          </Section>
          <Section style={{ padding: "24px 28px 8px" }}>{children}</Section>
          {trackUrl ? (
            <Section style={{ padding: "0 28px 16px" }}>
              <Text style={emailStyles.text}>
                See every step of your pets&apos; journey, and our updates, as they happen.
              </Text>
              <Button href={trackUrl} style={emailStyles.button}>
                Follow your booking
              </Button>
            </Section>
          ) : null}
          <Hr style={{ borderColor: colors.border, margin: "8px 28px" }} />
          <Section style={{ padding: "8px 28px 20px" }}>
            <Text style={emailStyles.muted}>
              {brand.legalName} · {brand.address}
            </Text>
            <Text style={emailStyles.muted}>
              <Link href={`mailto:${brand.contactEmail}`} style={{ color: colors.primary }}>
                {brand.contactEmail}
              </Link>{" "}
              · {brand.contactPhone}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
