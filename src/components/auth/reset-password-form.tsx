"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";

export function ResetPasswordForm({ token }: { token: string | null }) {
  const [error, setError] = useState<string | null>(token ? null : "This reset link is invalid or has expired. Ask for a new one.");
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("password"));
    if (newPassword !== String(form.get("confirm"))) return setError("The two passwords do not match.");
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
            <div className="grid gap-1.5">
              <Label htmlFor="new-password">New password</Label>
              <Input id="new-password" name="password" type="password" autoComplete="new-password" minLength={10} maxLength={128} required />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="confirm-password">Repeat the new password</Label>
              <Input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required />
            </div>
            <Button type="submit" disabled={pending || !token}>Set the new password</Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
