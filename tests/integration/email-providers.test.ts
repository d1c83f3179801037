import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmailDeliveryError, type OutgoingEmail } from "@/server/email/transport";
import { createResendTransport } from "@/server/email/transports/resend";
import { createSendgridTransport } from "@/server/email/transports/sendgrid";
import { FakeProvider } from "../support/fake-provider";

const email: OutgoingEmail = {
  from: "PawPath Bookings <bookings@pawpathsae.com>",
  to: "sara@example.com",
  replyTo: "hello@pawpathsae.com",
  subject: "We have your booking PP-2026-00042",
  html: "<p>Hello</p>",
  text: "Hello",
  idempotencyKey: "booking-received/3f1c",
};

async function failure(promise: Promise<unknown>): Promise<EmailDeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmailDeliveryError);
  return error as EmailDeliveryError;
}

describe("email provider drivers against a local stand-in", () => {
  const provider = new FakeProvider();
  let baseUrl = "";
  beforeAll(async () => {
    baseUrl = await provider.start();
  });
  afterAll(() => provider.stop());
  beforeEach(() => {
    provider.requests.length = 0;
  });

  describe("Resend", () => {
    it("posts the message to /emails with the API key and the idempotency key", async () => {
      provider.answer({ status: 200, body: { id: "re_123" } });
      const result = await createResendTransport("re_test_key", baseUrl).send(email);
      expect(result.providerMessageId).toBe("re_123");
      const [request] = provider.requests;
      expect(request).toMatchObject({ method: "POST", path: "/emails" });
      expect(request?.headers.authorization).toBe("Bearer re_test_key");
      expect(request?.headers["idempotency-key"]).toBe("booking-received/3f1c");
      expect(request?.body).toEqual({
        from: email.from,
        to: ["sara@example.com"],
        subject: email.subject,
        html: email.html,
        text: email.text,
        reply_to: "hello@pawpathsae.com",
      });
    });

    it("treats 422 as permanent and 429 or 500 as worth retrying", async () => {
      provider.answer(
        { status: 422, body: { message: "Invalid `to` field" } },
        { status: 429, body: {} },
        { status: 500, body: {} },
      );
      const transport = createResendTransport("k", baseUrl);
      expect((await failure(transport.send(email))).permanent).toBe(true);
      expect((await failure(transport.send(email))).permanent).toBe(false);
      expect((await failure(transport.send(email))).permanent).toBe(false);
    });
  });

  describe("SendGrid", () => {
    it("posts to /v3/mail/send in SendGrid's shape and keeps the returned message id", async () => {
      provider.answer({ status: 202, headers: { "x-message-id": "sg-abc" } });
      const result = await createSendgridTransport("SG.key", baseUrl).send(email);
      expect(result.providerMessageId).toBe("sg-abc");
      const [request] = provider.requests;
      expect(request).toMatchObject({ method: "POST", path: "/v3/mail/send" });
      expect(request?.headers.authorization).toBe("Bearer SG.key");
      expect(request?.body).toEqual({
        personalizations: [{ to: [{ email: "sara@example.com" }] }],
        from: { email: "bookings@pawpathsae.com", name: "PawPath Bookings" },
        reply_to: { email: "hello@pawpathsae.com" },
        subject: email.subject,
        content: [
          { type: "text/plain", value: "Hello" },
          { type: "text/html", value: "<p>Hello</p>" },
        ],
        headers: { "Idempotency-Key": "booking-received/3f1c" },
        custom_args: { idempotency_key: "booking-received/3f1c" },
      });
    });

    it("treats 400 and 403 as permanent and 429 or 503 as worth retrying", async () => {
      provider.answer(
        { status: 400, body: {} },
        { status: 403, body: {} },
        { status: 429, body: {} },
        { status: 503, body: {} },
      );
      const transport = createSendgridTransport("k", baseUrl);
      expect((await failure(transport.send(email))).permanent).toBe(true);
      expect((await failure(transport.send(email))).permanent).toBe(true);
      expect((await failure(transport.send(email))).permanent).toBe(false);
      expect((await failure(transport.send(email))).permanent).toBe(false);
    });

    it("retries when the provider cannot be reached", async () => {
      const error = await failure(createSendgridTransport("k", "http://127.0.0.1:9").send(email));
      expect(error.permanent).toBe(false);
    });
  });
});
