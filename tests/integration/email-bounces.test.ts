import { createHmac, generateKeyPairSync, sign } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as resendWebhook } from "@/app/api/webhooks/resend/route";
import { POST as sendgridWebhook } from "@/app/api/webhooks/sendgrid/route";
import { emailOutbox } from "@/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { sampleBooking } from "@/emails/samples";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

const resendSecret = `whsec_${Buffer.from("a-test-signing-secret-of-some-length").toString("base64")}`;
const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });

beforeAll(() => {
  process.env.RESEND_WEBHOOK_SECRET = resendSecret;
  process.env.SENDGRID_WEBHOOK_PUBLIC_KEY = publicKey.export({ format: "der", type: "spki" }).toString("base64");
});

function svixRequest(body: string, secret = resendSecret) {
  const id = "msg_1";
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace("whsec_", ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return new Request("http://localhost/api/webhooks/resend", {
    method: "POST",
    headers: { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}` },
    body,
  });
}

function sendgridRequest(body: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign("sha256", Buffer.from(timestamp + body), privateKey).toString("base64");
  return new Request("http://localhost/api/webhooks/sendgrid", {
    method: "POST",
    headers: {
      "x-twilio-email-event-webhook-signature": signature,
      "x-twilio-email-event-webhook-timestamp": timestamp,
    },
    body,
  });
}

describeEachDatabase("provider bounce webhooks", (getDb) => {
  routesUseDatabase(getDb);

  async function sentMessage(provider: string, providerMessageId: string) {
    const key = `bounce-test/${providerMessageId}`;
    await enqueueEmail(getDb(), {
      template: "booking_received",
      to: "gone@example.com",
      data: sampleBooking,
      idempotencyKey: key,
    });
    await getDb()
      .update(emailOutbox)
      .set({ status: "sent", provider, providerMessageId })
      .where(eq(emailOutbox.idempotencyKey, key));
    return key;
  }
  const statusOf = async (key: string) =>
    (await getDb().select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key)))[0];

  it("records a Resend bounce on the message it reports", async () => {
    const key = await sentMessage("resend", "re_bounced_1");
    const body = JSON.stringify({
      type: "email.bounced",
      data: { email_id: "re_bounced_1", bounce: { message: "Mailbox does not exist" } },
    });
    expect((await resendWebhook(svixRequest(body))).status).toBe(204);
    expect(await statusOf(key)).toMatchObject({
      status: "dead",
      lastError: expect.stringMatching(/bounced.*Mailbox does not exist/),
    });
  });

  it("refuses a Resend event with a wrong signature and changes nothing", async () => {
    const key = await sentMessage("resend", "re_kept_1");
    const body = JSON.stringify({ type: "email.bounced", data: { email_id: "re_kept_1" } });
    const response = await resendWebhook(
      svixRequest(body, `whsec_${Buffer.from("another-secret-entirely-here").toString("base64")}`),
    );
    expect(response.status).toBe(401);
    expect((await statusOf(key))?.status).toBe("sent");
  });

  it("records a SendGrid bounce, matching its extended message id", async () => {
    const key = await sentMessage("sendgrid", "sgabc123");
    const body = JSON.stringify([
      { event: "bounce", sg_message_id: "sgabc123.filterdrecv-1.2.3", reason: "550 5.1.1 unknown user" },
    ]);
    expect((await sendgridWebhook(sendgridRequest(body))).status).toBe(204);
    expect(await statusOf(key)).toMatchObject({ status: "dead", lastError: expect.stringMatching(/550 5\.1\.1/) });
    const forged = new Request("http://localhost/api/webhooks/sendgrid", { method: "POST", body });
    expect((await sendgridWebhook(forged)).status).toBe(401);
  });
});
