"use client";

import Link from "next/link";
import { useState } from "react";
import { z } from "zod";
import {
  NewPasswordFields,
  newPasswordError,
  newPasswordShape,
  withMatchingNewPasswords,
} from "@/components/form/new-password-fields";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { authClient } from "@/lib/auth-client";

const resetPasswordSchema = withMatchingNewPasswords(z.object(newPasswordShape));
const INVALID_LINK = "This reset link is invalid or has expired. Ask for a new one.";

export function ResetPasswordForm({ token }: { token: string | null }) {
  const [serverError, setServerError] = useState<string | null>(null);
  // A used or expired link (Better Auth says so before the page, or on submit): nothing to type into.
  const [linkDead, setLinkDead] = useState(!token);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState } = useZodForm(resetPasswordSchema, {
    defaultValues: { newPassword: "", confirmNewPassword: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(
    async ({ newPassword }) => {
      setServerError(null);
      const result = await authClient.resetPassword({ newPassword, token: token ?? "" });
      if (result.error?.code === "INVALID_TOKEN") return setLinkDead(true);
      if (result.error) return setServerError(result.error.message ?? INVALID_LINK);
      setDone(true);
    },
    // The form's own objection replaces the server's last answer.
    () => setServerError(null),
  );

  const error = newPasswordError(errors) ?? serverError;
  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle>Choose a new password</CardTitle>
        <CardDescription>
          At least 10 characters, and not a commonly used password. Every other session of your account is signed out.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {linkDead ? (
          <div className="grid gap-3 text-sm">
            <Alert variant="destructive">
              <AlertDescription>{INVALID_LINK}</AlertDescription>
            </Alert>
            <Button asChild>
              <Link href="/forgot-password">Ask for a new link</Link>
            </Button>
          </div>
        ) : done ? (
          <div role="status" className="grid gap-3 text-sm">
            <p>Your password is changed.</p>
            <Button asChild>
              <Link href="/login">Sign in</Link>
            </Button>
          </div>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4" aria-describedby={error ? "reset-error" : undefined}>
            {error && (
              <Alert variant="destructive" id="reset-error">
                <AlertDescription>{error}</AlertDescription>
              </Alert>
            )}
            <NewPasswordFields
              newPassword={register("newPassword")}
              confirmNewPassword={register("confirmNewPassword")}
            />
            <Button type="submit" disabled={isSubmitting}>
              Set the new password
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
