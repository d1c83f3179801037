import { Button, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./layout";
import type { AccountLinkData, EmailBrand } from "./types";

type Props = AccountLinkData & { brand: EmailBrand };

/** "15 minutes", "2 hours", "7 days". */
function lifetime(minutes: number): string {
  if (minutes >= 2 * 24 * 60) return `${Math.round(minutes / (24 * 60))} days`;
  if (minutes >= 120) return `${Math.round(minutes / 60)} hours`;
  return `${minutes} minutes`;
}

function LinkEmail({
  brand,
  preview,
  heading,
  lines,
  action,
  url,
  expiresInMinutes,
}: Props & { preview: string; heading: string; lines: string[]; action: string }) {
  return (
    <EmailLayout brand={brand} preview={preview}>
      <Text style={emailStyles.heading}>{heading}</Text>
      {lines.map((line) => (
        <Text key={line} style={emailStyles.text}>
          {line}
        </Text>
      ))}
      <Button href={url} style={emailStyles.button}>
        {action}
      </Button>
      <Text style={{ ...emailStyles.muted, marginTop: "16px" }}>
        The link works once and expires in {lifetime(expiresInMinutes)}. If you did not expect this email, you can
        ignore it.
      </Text>
    </EmailLayout>
  );
}

export function InvitationEmail(props: Props) {
  return (
    <LinkEmail
      {...props}
      preview={`You are invited to ${props.brand.name} Bookings`}
      heading={`Join ${props.brand.name} Bookings`}
      lines={[
        `Hello ${props.name},`,
        `${props.invitedBy ?? "An administrator"} invited you to ${props.brand.name} Bookings as ${props.role ?? "staff"}. Choose a password to activate your account.`,
      ]}
      action="Set your password"
    />
  );
}

export function PasswordResetEmail(props: Props) {
  return (
    <LinkEmail
      {...props}
      preview="Reset your password"
      heading="Reset your password"
      lines={[
        `Hello ${props.name},`,
        "Someone (we hope you) asked to reset the password of your account. Choose a new one with the button below; every other session of the account will be signed out.",
      ]}
      action="Choose a new password"
    />
  );
}

export function SignInLinkEmail(props: Props) {
  return (
    <LinkEmail
      {...props}
      preview={`Sign in to ${props.brand.name}`}
      heading="Your sign-in link"
      lines={[`Hello ${props.name},`, "Use the button below to sign in and follow your pets' journey."]}
      action="Sign in"
    />
  );
}
