import { getConfig } from "@/config/env";
import { recordBounce } from "@/server/email/record-bounce";
import { AppError } from "@/server/errors";
import { parseJson } from "@/web/http/json-body";
import { verifySvixSignature } from "@/web/http/webhook-signatures";
import { route } from "@/web/route";

const reported = new Set(["email.bounced", "email.complained", "email.failed"]);
type ResendEvent = { type?: string; data?: { email_id?: string; bounce?: { message?: string } } };

/** Resend's webhook: bounces and complaints of messages it accepted, recorded on the Emails page. */
export const POST = route({ session: false }, async ({ request, ctx }) => {
  const secret = getConfig().RESEND_WEBHOOK_SECRET;
  if (!secret) throw new AppError("NOT_FOUND", "The Resend webhook is not configured");
  // The signature covers the exact bytes sent, so the body is read as text before it is parsed.
  const body = await request.text();
  if (!verifySvixSignature(secret, request.headers, body))
    throw new AppError("UNAUTHORIZED", "Invalid webhook signature");
  const event = parseJson(body) as ResendEvent;
  if (event.type && reported.has(event.type) && event.data?.email_id) {
    await recordBounce({
      db: ctx.db,
      report: {
        provider: "resend",
        providerMessageId: event.data.email_id,
        kind: event.type.replace("email.", ""),
        reason: event.data.bounce?.message ?? event.type,
      },
    });
  }
  return new Response(null, { status: 204 });
});
