import "server-only";
import { createHash } from "node:crypto";

/**
 * A sign-in link's public name: the start of its token's SHA-256. It names the link's email in the outbox
 * (the idempotency key `sign-in/{id}`) and is all a failed link brings back to /login, so a new link can
 * go to the same address without that address, or anything that signs in, being in the URL.
 */
export function signInLinkId(token: string): string {
  return createHash("sha256").update(token).digest("hex").slice(0, 32);
}

export const SIGN_IN_LINK_ID_PATTERN = /^[0-9a-f]{32}$/;

/**
 * The emailed link, with where Better Auth sends the person when it no longer works (used, expired):
 * /login?link={id}, to which it adds `error=INVALID_TOKEN` (or another code).
 */
export function withFailedLinkReturn(url: string, token: string): string {
  const link = new URL(url);
  link.searchParams.set("errorCallbackURL", `/login?link=${signInLinkId(token)}`);
  return link.toString();
}

/** "sara.almansoori12@example.com" → "sa•••@example.com": enough to recognise, not to learn an address. */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, Math.min(2, Math.max(1, at - 1)))}•••${email.slice(at)}`;
}
