"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { loadAuthClient } from "@/lib/load-auth-client";
import { safeRedirect } from "@/lib/safe-redirect";

/** Shown on /login only when Google sign-in is configured; the server still checks domain and invitation. */
export function GoogleSignInButton({ next, domain }: { next?: string; domain: string }) {
  const [pending, setPending] = useState(false);
  // via=google: /login shows ?error= only for Google's round trip, whose codes it knows.
  const back = `/login?via=google${next ? `&next=${encodeURIComponent(next)}` : ""}`;
  return (
    <div className="grid gap-1">
      <Button
        type="button"
        variant="outline"
        disabled={pending}
        aria-describedby="google-sign-in-hint"
        onClick={async () => {
          setPending(true);
          // Better Auth answers with Google's URL and the client follows it; errors come back to /login?error=….
          const authClient = await loadAuthClient();
          const { error } = await authClient.signIn.social({
            provider: "google",
            callbackURL: safeRedirect(next, "/admin"),
            errorCallbackURL: back,
          });
          if (error) setPending(false);
        }}
      >
        Continue with Google
      </Button>
      <p id="google-sign-in-hint" className="text-center text-xs text-muted-foreground">
        With your @{domain} account
      </p>
    </div>
  );
}
