"use client";

import { ShieldCheckIcon } from "lucide-react";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DisableTwoFactorForm } from "./disable-two-factor-form";
import { EnableTwoFactor } from "./enable-two-factor";

/** Two-factor on the account page: set it up (password → scan → code → backup codes) or turn it off. */
export function TwoFactorCard({ enabled }: { enabled: boolean }) {
  // Local, so the page flips as soon as the code is verified, before the server render catches up.
  const [on, setOn] = useState(enabled);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ShieldCheckIcon className="size-5" aria-hidden /> Two-factor authentication
        </CardTitle>
        <CardDescription>
          {on
            ? "On: signing in asks for a code from your authenticator app after your password."
            : "Off: add a code from an authenticator app (Google Authenticator, 1Password, Authy…) to your password."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {on ? (
          <DisableTwoFactorForm onDisabled={() => setOn(false)} />
        ) : (
          <EnableTwoFactor onEnabled={() => setOn(true)} />
        )}
      </CardContent>
    </Card>
  );
}
