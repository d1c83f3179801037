"use client";

import { MailCheckIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email"));
    setPending(true);
    await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setPending(false);
    // Always the same answer: nobody learns which addresses have accounts.
    setSentTo(email);
  }

  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle>Reset your password</CardTitle>
        <CardDescription>For team accounts. We email you a link that works once, for an hour.</CardDescription>
      </CardHeader>
      <CardContent>
        {sentTo ? (
          <div role="status" className="flex gap-3 rounded-lg border bg-muted/40 p-4 text-sm">
            <MailCheckIcon className="size-5 shrink-0 text-primary" aria-hidden />
            <p>If <strong>{sentTo}</strong> has a team account, a reset link is on its way.</p>
          </div>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4">
            <div className="grid gap-1.5">
              <Label htmlFor="reset-email">Work email</Label>
              <Input id="reset-email" name="email" type="email" autoComplete="username" required />
            </div>
            <Button type="submit" disabled={pending}>Email me a reset link</Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
