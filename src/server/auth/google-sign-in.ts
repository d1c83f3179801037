import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";

/** What Google told us about the person, and the account they already have here (null: none). */
export type GoogleSignInCandidate = {
  email: string;
  emailVerified: boolean;
  /** The id token's `hd` claim: present only for Google Workspace accounts. */
  hostedDomain: unknown;
  account: { role: string; banned: boolean; twoFactorEnabled: boolean } | null;
};

export type GoogleSignInRefusal = { error: string; errorDescription: string };

// Keep the codes in sync with the messages on /login (src/components/auth/google-sign-in-error.ts).
const refuse = (error: string, errorDescription: string): GoogleSignInRefusal => ({ error, errorDescription });

/**
 * The one rule for Google sign-in: a verified address of the company's Workspace domain that already
 * belongs to an invited staff member or admin. Pure, so it is tested without reaching Google.
 */
export function googleSignInRefusal(
  candidate: GoogleSignInCandidate,
  workspaceDomain: string,
): GoogleSignInRefusal | null {
  const domain = workspaceDomain.toLowerCase();
  const emailDomain = candidate.email.toLowerCase().split("@").pop();
  if (!candidate.emailVerified) return refuse("google_email_unverified", "Google has not verified this address");
  // Both: `hd` proves a Workspace account of ours (a gmail.com address can never carry it), and the
  // address itself must be ours, since a Workspace can hold secondary domains.
  if (emailDomain !== domain || candidate.hostedDomain !== domain)
    return refuse("google_wrong_domain", `Use your @${domain} account`);
  // Customers and unknown people get the same answer: Google sign-in never creates or reveals accounts.
  if (!candidate.account || (candidate.account.role !== "staff" && candidate.account.role !== "admin")) {
    return refuse("google_not_invited", "No team account uses this address");
  }
  if (candidate.account.banned) return refuse("google_not_invited", "No team account uses this address");
  // Google's callback does not pass through the two-factor step; people who turned it on use it.
  if (candidate.account.twoFactorEnabled)
    return refuse("google_two_factor", "This account signs in with a password and a code");
  return null;
}

type ValidateUserInfoInput = {
  user: { id?: unknown; email?: unknown; emailVerified?: unknown };
  source: { method: string; action: string; oauth?: { providerId: string; profile?: Record<string, unknown> } };
};

/** Better Auth's `user.validateUserInfo` gate: applies the rule above to every Google sign-in and link. */
export function validateGoogleUserInfo(db: Database, workspaceDomain: string | undefined) {
  return async ({ user, source }: ValidateUserInfoInput): Promise<GoogleSignInRefusal | undefined> => {
    if (source.method !== "oauth" || source.oauth?.providerId !== "google") return undefined;
    if (!workspaceDomain || source.action === "create-user")
      return refuse("google_not_invited", "No team account uses this address");
    const [account] =
      typeof user.id === "string"
        ? await db
            .select({ role: users.role, banned: users.banned, twoFactorEnabled: users.twoFactorEnabled })
            .from(users)
            .where(eq(users.id, user.id))
        : [];
    const candidate: GoogleSignInCandidate = {
      email: String(user.email ?? ""),
      emailVerified: user.emailVerified === true,
      hostedDomain: source.oauth.profile?.hd,
      account: account ?? null,
    };
    return googleSignInRefusal(candidate, workspaceDomain) ?? undefined;
  };
}
