import "server-only";
import type { AppConfig } from "@/config/env";
import type { Database } from "@/db/types";
import type { EmailTransport } from "./transport";
import { createDevMailboxTransport } from "./transports/dev-mailbox";
import { createResendTransport } from "./transports/resend";
import { createSendgridTransport } from "./transports/sendgrid";
import { createSmtpTransport } from "./transports/smtp";

/** The transport EMAIL_PROVIDER names; configuration validation guarantees its credentials. */
export function createTransport(config: AppConfig, getDb: () => Promise<Database>): EmailTransport {
  switch (config.EMAIL_PROVIDER) {
    case "smtp":
      return createSmtpTransport(config.SMTP_URL!);
    case "resend":
      return createResendTransport(config.RESEND_API_KEY!, config.RESEND_BASE_URL);
    case "sendgrid":
      return createSendgridTransport(config.SENDGRID_API_KEY!, config.SENDGRID_BASE_URL);
    case "dev":
      return createDevMailboxTransport(getDb);
  }
}
