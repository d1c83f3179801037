// Codes Better Auth's magic-link verification puts in /login?error=… (its errorCallbackURL): one link
// works once and for a limited time, and a used or expired one is INVALID_TOKEN (EXPIRED_TOKEN in some
// versions). The others mean the link was fine but the sign-in could not be completed.
import { SIGN_IN_LINK_MINUTES } from "@/contracts/auth/sign-in-link";

const expired = `This sign-in link has expired or has already been used. Each link works once, for ${SIGN_IN_LINK_MINUTES} minutes.`;
const messages: Record<string, string> = {
  INVALID_TOKEN: expired,
  EXPIRED_TOKEN: expired,
  ATTEMPTS_EXCEEDED: expired,
};

/** What /login says about a customer sign-in link that did not sign them in; null when there was no error. */
export function signInLinkError(code: string | undefined): string | null {
  if (!code) return null;
  return messages[code] ?? "That sign-in link did not sign you in. Ask for a new one below.";
}
