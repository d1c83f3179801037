"use client";

import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";
import { NewPasswordFields, readNewPassword } from "@/components/auth/new-password-fields";

/** Changes the signed-in person's password; the server's password policy gives the reasons for a refusal. */
export function ChangePasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setDone(false);
    const chosen = readNewPassword(form);
    if ("error" in chosen) return setError(chosen.error);
    const { newPassword } = chosen;
    setPending(true);
    setError(null);
    const { error: changeError } = await authClient.changePassword({
      currentPassword: String(form.get("currentPassword")),
      newPassword,
      // Someone who knew the old password should not stay signed in elsewhere.
      revokeOtherSessions: true,
    });
    setPending(false);
    if (changeError) {
      if (changeError.status === 429) return setError("Too many attempts. Wait a minute and try again.");
      return setError(changeError.code === "INVALID_PASSWORD" ? "Your current password is not right." : (changeError.message ?? "Choose another password."));
    }
    formElement.reset();
    setDone(true);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>At least 10 characters. Your other sessions are signed out when it changes.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-3 sm:max-w-sm" aria-describedby={error ? "password-error" : undefined}>
          {error && (
            <Alert variant="destructive" id="password-error">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
          {done && <p role="status" className="text-sm font-medium">Your password is changed.</p>}
          <div className="grid gap-1.5">
            <Label htmlFor="current-password">Current password</Label>
            <Input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
          </div>
          <NewPasswordFields />
          <div>
            <Button type="submit" disabled={pending}>Change password</Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
