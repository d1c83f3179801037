import { Button, Section, Text } from "@react-email/components";
import { DOCUMENT_KIND_LABELS } from "@/contracts/documents/schemas";
import { EmailLayout, emailStyles } from "./layout";
import type { DocumentUploadedData, EmailBrand } from "./types";

/** The outbox keeps the data as JSON: a kind this release does not know still reads as words. */
export function documentKindLabel(kind: string): string {
  return DOCUMENT_KIND_LABELS[kind as keyof typeof DOCUMENT_KIND_LABELS] ?? kind;
}

export function DocumentUploadedEmail({
  brand,
  booking,
  document,
  recordUrl,
}: DocumentUploadedData & { brand: EmailBrand }) {
  const kind = documentKindLabel(document.kind);
  return (
    <EmailLayout brand={brand} preview={`${booking.customerName} added a document to ${booking.reference}`}>
      <Text style={emailStyles.heading}>New document on {booking.reference}</Text>
      <Text style={emailStyles.text}>
        {booking.customerName} added a document on the customer portal. Check it before it is needed.
      </Text>
      <Section style={emailStyles.box}>
        <Text style={emailStyles.label}>Type</Text>
        <Text style={emailStyles.value}>{kind}</Text>
        <Text style={emailStyles.label}>File</Text>
        <Text style={emailStyles.value}>{document.name}</Text>
        <Text style={emailStyles.label}>Pet</Text>
        <Text style={emailStyles.value}>{document.petName ?? "All pets on the booking"}</Text>
      </Section>
      <Button href={recordUrl} style={emailStyles.button}>
        Open the booking
      </Button>
      <Text style={{ ...emailStyles.muted, marginTop: "16px" }}>
        The file opens from the booking&apos;s Documents section; it is never attached to an email.
      </Text>
    </EmailLayout>
  );
}
