import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** What a signed token is for; each purpose has its own key, so a token of one kind never passes as another. */
export type TokenPurpose = "storage-download" | "storage-upload";

export type TokenCheck<T> = { ok: true; payload: T } | { ok: false; reason: "not_found" | "gone" };

/**
 * Stateless tokens for the local driver's links: base64url(JSON payload with its expiry) "." base64url(HMAC).
 * The HMAC key is derived from the app secret with HKDF and a purpose label, so the secret itself never
 * signs anything here and rotating it voids every outstanding link.
 */
export class TokenSigner {
  private readonly keys: Record<TokenPurpose, Buffer>;

  constructor(secret: string) {
    const derive = (purpose: TokenPurpose) =>
      Buffer.from(hkdfSync("sha256", secret, "pawpath-storage", `pawpath ${purpose} v1`, 32));
    this.keys = { "storage-download": derive("storage-download"), "storage-upload": derive("storage-upload") };
  }

  sign(purpose: TokenPurpose, payload: Record<string, unknown>, expiresAt: Date): string {
    const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(expiresAt.getTime() / 1000) })).toString(
      "base64url",
    );
    return `${body}.${this.mac(purpose, body).toString("base64url")}`;
  }

  /** A token altered in any way is "not_found" (nothing to reveal); a genuine one past its time is "gone". */
  verify<T extends Record<string, unknown>>(purpose: TokenPurpose, token: string, now = new Date()): TokenCheck<T> {
    const [body, signature, extra] = token.split(".");
    if (!body || !signature || extra !== undefined) return { ok: false, reason: "not_found" };
    // Compared as text: base64url decoding ignores stray characters and padding bits, the text does not.
    const given = Buffer.from(signature);
    const expected = Buffer.from(this.mac(purpose, body).toString("base64url"));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, reason: "not_found" };
    let payload: T & { exp?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as T & { exp?: unknown };
    } catch {
      return { ok: false, reason: "not_found" };
    }
    if (typeof payload.exp !== "number") return { ok: false, reason: "not_found" };
    if (payload.exp * 1000 <= now.getTime()) return { ok: false, reason: "gone" };
    return { ok: true, payload };
  }

  private mac(purpose: TokenPurpose, body: string): Buffer {
    return createHmac("sha256", this.keys[purpose]).update(body).digest();
  }
}
