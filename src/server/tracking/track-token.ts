import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/config/env";
import { authSecret } from "@/server/auth/auth-secret";

/** How long after a booking is completed or cancelled its emailed tracking link still opens. */
export const TRACK_LINK_DAYS_AFTER_CLOSING = 30;

let cached: { secret: string; key: Buffer } | undefined;

/**
 * The key of tracking links: derived from the app secret with HKDF under its own label, so a tracking
 * token is never a valid storage link (or anything else) and rotating the secret voids every link.
 */
function trackKey(): Buffer {
  const secret = authSecret(getConfig());
  if (cached?.secret !== secret) {
    cached = { secret, key: Buffer.from(hkdfSync("sha256", secret, "pawpath-tracking", "pawpath track-link v1", 32)) };
  }
  return cached.key;
}

/**
 * The token of a booking's emailed tracking link: HMAC-SHA256 of its reference and its customer's id.
 * It has no expiry of its own: the link lives as long as the booking is trackable (see track-booking.ts).
 */
export function trackToken(reference: string, customerId: string): string {
  return createHmac("sha256", trackKey()).update(`${reference}\n${customerId}`).digest("base64url");
}

/** Whether a token is this booking's, compared in constant time (as text, like the storage links). */
export function isTrackToken(token: string, reference: string, customerId: string): boolean {
  const given = Buffer.from(token);
  const expected = Buffer.from(trackToken(reference, customerId));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `${APP_URL}/track?r={reference}&t={token}`: the "Follow your booking" link of a customer's emails. */
export function trackUrl(reference: string, customerId: string): string {
  const params = new URLSearchParams({ r: reference, t: trackToken(reference, customerId) });
  return `${getConfig().APP_URL}/track?${params.toString()}`;
}
