"use client";

import { adminClient, magicLinkClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** Browser side of Better Auth; talks to /api/auth on the same origin. */
export const authClient = createAuthClient({
  plugins: [
    magicLinkClient(),
    adminClient(),
    // No redirect option: the staff sign-in form moves to /login/two-factor itself, keeping ?next=.
    twoFactorClient(),
  ],
});
