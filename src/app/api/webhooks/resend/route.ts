import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { errorResponse } from "@/web/http/responses";
import { verifySvixSignature } from "@/web/http/webhook-signatures";
import { AppError } from "@/server/errors";
import { recordBounce } from "@/server/email/record-bounce";

const reported = new Set(["email.bounced", "email.complained", "email.failed"]);

/** Resend's webhook: bounces and complaints of messages it accepted, recorded on the Emails page. */
export async function POST(request: Request) {
  try {
    const secret = getConfig().RESEND_WEBHOOK_SECRET;
    if (!secret) throw new AppError("NOT_FOUND", "The Resend webhook is not configured");
    const body = await request.text();
    if (!verifySvixSignature(secret, request.headers, body)) throw new AppError("UNAUTHORIZED", "Invalid webhook signature");
    const event = JSON.parse(body) as { type?: string; data?: { email_id?: string; bounce?: { message?: string } } };
    if (event.type && reported.has(event.type) && event.data?.email_id) {
      await recordBounce({
        db: await getDb(),
        report: { provider: "resend", providerMessageId: event.data.email_id, kind: event.type.replace("email.", ""), reason: event.data.bounce?.message ?? event.type },
      });
    }
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error instanceof SyntaxError ? new AppError("INVALID_JSON", "The body is not valid JSON") : error);
  }
}
