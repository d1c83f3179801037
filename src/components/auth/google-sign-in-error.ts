// Codes from src/server/auth/google-sign-in.ts and Better Auth's OAuth callback, as /login?error=… shows
// them. Never the query's own error_description: anyone can craft a link that puts words there.
const messages: Record<string, string> = {
  google_wrong_domain: "Use your company Google account to sign in with Google.",
  google_not_invited: "No team account uses that Google address. Ask an admin for an invitation.",
  google_email_unverified: "Google has not verified that address, so it cannot be used to sign in.",
  google_two_factor: "Your account uses two-factor authentication: sign in with your password and code.",
  signup_disabled: "No team account uses that Google address. Ask an admin for an invitation.",
  account_not_linked: "That Google account cannot be linked to your team account. Sign in with your password.",
};

/** The message /login shows after a refused Google sign-in; null when there was no error. */
export function googleSignInError(code: string | undefined): string | null {
  if (!code) return null;
  return messages[code] ?? "Google sign-in did not work. Try again, or sign in with your password.";
}
