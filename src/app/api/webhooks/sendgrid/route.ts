import { getConfig } from "@/config/env";
import { recordBounce } from "@/server/email/record-bounce";
import { AppError } from "@/server/errors";
import { parseJson } from "@/web/http/json-body";
import { verifySendgridSignature } from "@/web/http/webhook-signatures";
import { route } from "@/web/route";

const reported = new Set(["bounce", "dropped", "spamreport"]);
type SendgridEvent = { event?: string; sg_message_id?: string; reason?: string; response?: string };

/** SendGrid's signed Event Webhook: bounces, drops and spam reports, recorded on the Emails page. */
export const POST = route({ session: false }, async ({ request, ctx }) => {
  const publicKey = getConfig().SENDGRID_WEBHOOK_PUBLIC_KEY;
  if (!publicKey) throw new AppError("NOT_FOUND", "The SendGrid webhook is not configured");
  // The signature covers the exact bytes sent, so the body is read as text before it is parsed.
  const body = await request.text();
  if (!verifySendgridSignature(publicKey, request.headers, body))
    throw new AppError("UNAUTHORIZED", "Invalid webhook signature");
  const events = parseJson(body) as SendgridEvent[];
  for (const event of Array.isArray(events) ? events : []) {
    if (!event.event || !reported.has(event.event) || !event.sg_message_id) continue;
    await recordBounce({
      db: ctx.db,
      report: {
        provider: "sendgrid",
        providerMessageId: event.sg_message_id,
        kind: event.event,
        reason: event.reason ?? event.response ?? event.event,
      },
    });
  }
  return new Response(null, { status: 204 });
});
