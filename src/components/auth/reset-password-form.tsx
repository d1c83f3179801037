"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { authClient } from "@/lib/auth-client";
import { NewPasswordFields, readNewPassword } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string | null }) {
  const [error, setError] = useState<string | null>(token ? null : "This reset link is invalid or has expired. Ask for a new one.");
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = readNewPassword(form);
    if ("error" in chosen) return setError(chosen.error);
    const { newPassword } = chosen;
    setPending(true);
    setError(null);
    const result = await authClient.resetPassword({ newPassword, token: token ?? "" });
    setPending(false);
    if (result.error) return setError(result.error.message ?? "This reset link is invalid or has expired. Ask for a new one.");
    setDone(true);
  }

  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle>Choose a new password</CardTitle>
        <CardDescription>At least 10 characters. Every other session of your account is signed out.</CardDescription>
      </CardHeader>
      <CardContent>
        {done ? (
          <div role="status" className="grid gap-3 text-sm">
            <p>Your password is changed.</p>
            <Button asChild><Link href="/login">Sign in</Link></Button>
          </div>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4" aria-describedby={error ? "reset-error" : undefined}>
            {error && (
              <Alert variant="destructive" id="reset-error">
                <AlertDescription>{error}</AlertDescription>
              </Alert>
            )}
            <NewPasswordFields />
            <Button type="submit" disabled={pending || !token}>Set the new password</Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
