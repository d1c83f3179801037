import "server-only";
import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import { EmailDeliveryError, type EmailTransport, type OutgoingEmail } from "../transport";

type SmtpError = Error & { responseCode?: number; code?: string };

/** SMTP through nodemailer, pooled; configured by one URL such as smtps://user:pass@host:465. */
export function createSmtpTransport(url: string): EmailTransport {
  // Bounded waits: a hung server must fail the send well inside the worker's lease (process-outbox.ts).
  const transporter = nodemailer.createTransport(url, {
    pool: true,
    maxConnections: 5,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as never);
  return {
    name: "smtp",
    async send(email: OutgoingEmail) {
      const domain = email.from.split("@").pop()?.replace(/[>\s]/g, "") || "localhost";
      try {
        const info = await transporter.sendMail({
          from: email.from,
          to: email.to,
          replyTo: email.replyTo,
          subject: email.subject,
          html: email.html,
          text: email.text,
          // The same Message-ID on a retry lets receiving servers and clients drop the duplicate.
          messageId: `<${createHash("sha256").update(email.idempotencyKey).digest("hex").slice(0, 32)}@${domain}>`,
          headers: { "Idempotency-Key": email.idempotencyKey },
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        const rejected = (info.rejected ?? []) as unknown[];
        if (rejected.length > 0) throw new EmailDeliveryError(`SMTP server rejected ${rejected.join(", ")}`, true);
        return { providerMessageId: info.messageId };
      } catch (error) {
        if (error instanceof EmailDeliveryError) throw error;
        const smtpError = error as SmtpError;
        const permanent = typeof smtpError.responseCode === "number" && smtpError.responseCode >= 500;
        throw new EmailDeliveryError(`SMTP: ${smtpError.message}`, permanent);
      }
    },
    async close() {
      transporter.close();
    },
  };
}
