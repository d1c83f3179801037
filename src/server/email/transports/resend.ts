import "server-only";
import { httpDeliveryError, EmailDeliveryError, type EmailTransport, type OutgoingEmail } from "../transport";

/** Resend's REST API (POST /emails) with its Idempotency-Key header. */
export function createResendTransport(apiKey: string, baseUrl: string): EmailTransport {
  return {
    name: "resend",
    async send(email: OutgoingEmail) {
      let response: Response;
      try {
        response = await fetch(new URL("/emails", baseUrl), {
          method: "POST",
          headers: {
            Authorization: `Bearer ${apiKey}`,
            "Content-Type": "application/json",
            "Idempotency-Key": email.idempotencyKey,
          },
          body: JSON.stringify({
            from: email.from,
            to: [email.to],
            subject: email.subject,
            html: email.html,
            text: email.text,
            ...(email.replyTo ? { reply_to: email.replyTo } : {}),
          }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new EmailDeliveryError(`Resend unreachable: ${(error as Error).message}`, false);
      }
      const body = await response.text();
      if (!response.ok) throw httpDeliveryError("Resend", response.status, body);
      const id = (JSON.parse(body || "{}") as { id?: string }).id;
      return { providerMessageId: id };
    },
  };
}
