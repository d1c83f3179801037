import { Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./layout";
import type { EmailBrand, JourneyUpdateData } from "./types";

/** An update from the team, emailed when they chose to. The words are text (React escapes them); no attachment. */
export function JourneyUpdateEmail({
  brand,
  booking,
  text,
  hasPhoto,
  trackUrl,
}: JourneyUpdateData & { brand: EmailBrand }) {
  return (
    <EmailLayout brand={brand} preview={`An update on your booking ${booking.reference}`} trackUrl={trackUrl}>
      <Text style={emailStyles.heading}>An update on your booking</Text>
      <Text style={emailStyles.text}>Dear {booking.customerName},</Text>
      <Text style={emailStyles.text}>Your {brand.name} team has news about your pets&apos; journey.</Text>
      <Section style={emailStyles.box}>
        <Text style={{ ...emailStyles.value, margin: "0" }}>{text}</Text>
      </Section>
      {hasPhoto ? <Text style={emailStyles.text}>A photo is on your booking page.</Text> : null}
      <Text style={emailStyles.label}>Reference</Text>
      <Text style={emailStyles.reference}>{booking.reference}</Text>
    </EmailLayout>
  );
}
