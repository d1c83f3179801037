import "server-only";
import {
  httpDeliveryError,
  EmailDeliveryError,
  parseMailbox,
  type EmailTransport,
  type OutgoingEmail,
} from "../transport";

/** SendGrid's v3 Mail Send API. It has no idempotency key of its own; ours travels as a header and custom arg. */
export function createSendgridTransport(apiKey: string, baseUrl: string): EmailTransport {
  return {
    name: "sendgrid",
    async send(email: OutgoingEmail) {
      const from = parseMailbox(email.from);
      let response: Response;
      try {
        response = await fetch(new URL("/v3/mail/send", baseUrl), {
          method: "POST",
          headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
          body: JSON.stringify({
            personalizations: [{ to: [{ email: email.to }] }],
            from: { email: from.address, ...(from.name ? { name: from.name } : {}) },
            ...(email.replyTo ? { reply_to: { email: email.replyTo } } : {}),
            subject: email.subject,
            content: [
              { type: "text/plain", value: email.text },
              { type: "text/html", value: email.html },
            ],
            headers: { "Idempotency-Key": email.idempotencyKey },
            custom_args: { idempotency_key: email.idempotencyKey },
          }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new EmailDeliveryError(`SendGrid unreachable: ${(error as Error).message}`, false);
      }
      if (!response.ok) throw httpDeliveryError("SendGrid", response.status, await response.text());
      return { providerMessageId: response.headers.get("x-message-id") ?? undefined };
    },
  };
}
