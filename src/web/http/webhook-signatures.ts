import "server-only";
import { createHmac, createPublicKey, timingSafeEqual, verify } from "node:crypto";

const TOLERANCE_SECONDS = 5 * 60;

function fresh(timestampSeconds: number, now: number): boolean {
  return Number.isFinite(timestampSeconds) && Math.abs(now / 1000 - timestampSeconds) <= TOLERANCE_SECONDS;
}

/**
 * Resend signs webhooks the Svix way: base64 HMAC-SHA256 of "id.timestamp.body" with the secret after
 * "whsec_", in the svix-signature header as space-separated "v1,<signature>" entries.
 */
export function verifySvixSignature(secret: string, headers: Headers, body: string, now = Date.now()): boolean {
  const id = headers.get("svix-id");
  const timestamp = headers.get("svix-timestamp");
  const signatures = headers.get("svix-signature");
  if (!id || !timestamp || !signatures || !fresh(Number(timestamp), now)) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    if (version !== "v1" || !signature) return false;
    const given = Buffer.from(signature, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** SendGrid's signed Event Webhook: ECDSA (SHA-256) over "timestamp + body" with its public key. */
export function verifySendgridSignature(
  publicKeyBase64: string,
  headers: Headers,
  body: string,
  now = Date.now(),
): boolean {
  const signature = headers.get("x-twilio-email-event-webhook-signature");
  const timestamp = headers.get("x-twilio-email-event-webhook-timestamp");
  if (!signature || !timestamp || !fresh(Number(timestamp), now)) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, "base64"), format: "der", type: "spki" });
    return verify("sha256", Buffer.from(timestamp + body), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
