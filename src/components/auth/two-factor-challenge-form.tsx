"use client";

import { LoaderCircleIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { z } from "zod";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";
import { safeRedirect } from "@/lib/safe-redirect";

const APP_CODE = /^\d{6}$/;
const BACKUP_CODE = /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/;

/** A code from the app or a backup code, spaces ignored; whether it is right is the server's to say. */
const challengeSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s+/g, ""))
    .refine((code) => APP_CODE.test(code) || BACKUP_CODE.test(code), {
      error: "Enter the 6 digits from your authenticator app, or a backup code such as abcde-12345.",
    }),
  trustDevice: z.boolean(),
});

type Problem = { message: string; restart?: boolean };

function problemOf(error: { code?: string; status: number }): Problem {
  if (error.status === 429) return { message: "Too many attempts. Wait a minute and try again." };
  switch (error.code) {
    case "INVALID_CODE":
    case "INVALID_BACKUP_CODE":
      return { message: "That code is not right. Check your authenticator app (or the backup code) and try again." };
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return { message: "Too many wrong codes. Your account is locked for 15 minutes.", restart: true };
    case undefined:
    default:
      // The pending sign-in lasts 10 minutes and allows 5 tries; after that the password comes first again.
      return { message: "This sign-in has expired. Enter your email and password again.", restart: true };
  }
}

/** The second step of a team sign-in: a code from the authenticator app, or one backup code. */
export function TwoFactorChallengeForm({ next }: { next?: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  // Verified and on the way: the button stays busy until the next page replaces this one.
  const [leaving, setLeaving] = useState(false);
  const { register, control, handleSubmit, formState } = useZodForm(challengeSchema, {
    defaultValues: { code: "", trustDevice: false },
  });
  const pending = formState.isSubmitting || leaving;

  const onSubmit = handleSubmit(
    async ({ code, trustDevice }) => {
      setProblem(null);
      const { error } = APP_CODE.test(code)
        ? await authClient.twoFactor.verifyTotp({ code, trustDevice })
        : await authClient.twoFactor.verifyBackupCode({
            code: code.includes("-") ? code : `${code.slice(0, 5)}-${code.slice(5)}`,
            trustDevice,
          });
      if (error) return setProblem(problemOf(error));
      setLeaving(true);
      router.replace(safeRedirect(next, "/admin"));
      router.refresh();
    },
    // The form's own objection replaces the server's last answer.
    () => setProblem(null),
  );

  const codeError = formState.errors.code?.message;
  const shown: Problem | null = codeError ? { message: codeError } : problem;
  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle>Two-factor authentication</CardTitle>
        <CardDescription>Open your authenticator app and enter the code it shows for PawPath Bookings.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          onSubmit={onSubmit}
          className="grid gap-4"
          noValidate
          aria-describedby={shown ? "two-factor-error" : undefined}
        >
          {shown && (
            <Alert variant="destructive" id="two-factor-error">
              <AlertDescription>
                {shown.message}{" "}
                {shown.restart && (
                  <Link
                    href={next ? `/login?next=${encodeURIComponent(next)}` : "/login"}
                    className="font-medium underline"
                  >
                    Back to sign-in
                  </Link>
                )}
              </AlertDescription>
            </Alert>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="two-factor-code">Authentication code</Label>
            <Input
              id="two-factor-code"
              autoComplete="one-time-code"
              inputMode="text"
              autoFocus
              required
              maxLength={16}
              aria-invalid={shown ? true : undefined}
              aria-describedby="two-factor-code-hint"
              {...register("code")}
            />
            <p id="two-factor-code-hint" className="text-xs text-muted-foreground">
              6 digits from the app. Lost your phone? Enter one of your backup codes instead.
            </p>
          </div>
          <div className="flex items-center gap-2">
            <Controller
              control={control}
              name="trustDevice"
              render={({ field }) => (
                <Checkbox
                  id="trust-device"
                  ref={field.ref}
                  checked={field.value}
                  onCheckedChange={(checked) => field.onChange(checked === true)}
                  onBlur={field.onBlur}
                />
              )}
            />
            <Label htmlFor="trust-device" className="font-normal">
              Trust this device for 30 days
            </Label>
          </div>
          <Button type="submit" disabled={pending}>
            {pending && <LoaderCircleIcon className="animate-spin" aria-hidden />}
            Verify
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
