"use client";

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
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";

// The current password is only checked by the server (the browser asks for it to be filled in).
const changePasswordSchema = withMatchingNewPasswords(z.object({ currentPassword: z.string(), ...newPasswordShape }));

/** Changes the signed-in person's password; the server's password policy gives the reasons for a refusal. */
export function ChangePasswordForm() {
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, reset, formState } = useZodForm(changePasswordSchema, {
    defaultValues: { currentPassword: "", newPassword: "", confirmNewPassword: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(
    async ({ currentPassword, newPassword }) => {
      setDone(false);
      setServerError(null);
      const { error: changeError } = await authClient.changePassword({
        currentPassword,
        newPassword,
        // Someone who knew the old password should not stay signed in elsewhere.
        revokeOtherSessions: true,
      });
      if (changeError) {
        if (changeError.status === 429) return setServerError("Too many attempts. Wait a minute and try again.");
        return setServerError(
          changeError.code === "INVALID_PASSWORD"
            ? "Your current password is not right."
            : (changeError.message ?? "Choose another password."),
        );
      }
      reset();
      setDone(true);
    },
    // The form's own objection replaces the last answer.
    () => {
      setDone(false);
      setServerError(null);
    },
  );

  const error = newPasswordError(errors) ?? serverError;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>
          At least 10 characters, and not a commonly used password. Your other sessions are signed out when it changes.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          onSubmit={onSubmit}
          className="grid gap-3 sm:max-w-sm"
          aria-describedby={error ? "password-error" : undefined}
        >
          {error && (
            <Alert variant="destructive" id="password-error">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
          {done && (
            <p role="status" className="text-sm font-medium">
              Your password is changed.
            </p>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="current-password">Current password</Label>
            <Input
              id="current-password"
              type="password"
              autoComplete="current-password"
              required
              {...register("currentPassword")}
            />
          </div>
          <NewPasswordFields
            newPassword={register("newPassword")}
            confirmNewPassword={register("confirmNewPassword")}
          />
          <div>
            <Button type="submit" disabled={isSubmitting}>
              Change password
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
