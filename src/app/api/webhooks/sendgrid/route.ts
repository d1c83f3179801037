import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { errorResponse } from "@/web/http/responses";
import { verifySendgridSignature } from "@/web/http/webhook-signatures";
import { AppError } from "@/server/errors";
import { recordBounce } from "@/server/email/record-bounce";

const reported = new Set(["bounce", "dropped", "spamreport"]);
type SendgridEvent = { event?: string; sg_message_id?: string; reason?: string; response?: string };

/** SendGrid's signed Event Webhook: bounces, drops and spam reports, recorded on the Emails page. */
export async function POST(request: Request) {
  try {
    const publicKey = getConfig().SENDGRID_WEBHOOK_PUBLIC_KEY;
    if (!publicKey) throw new AppError("NOT_FOUND", "The SendGrid webhook is not configured");
    const body = await request.text();
    if (!verifySendgridSignature(publicKey, request.headers, body)) throw new AppError("UNAUTHORIZED", "Invalid webhook signature");
    const events = JSON.parse(body) as SendgridEvent[];
    const db = await getDb();
    for (const event of Array.isArray(events) ? events : []) {
      if (!event.event || !reported.has(event.event) || !event.sg_message_id) continue;
      await recordBounce({
        db,
        report: { provider: "sendgrid", providerMessageId: event.sg_message_id, kind: event.event, reason: event.reason ?? event.response ?? event.event },
      });
    }
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error instanceof SyntaxError ? new AppError("INVALID_JSON", "The body is not valid JSON") : error);
  }
}
