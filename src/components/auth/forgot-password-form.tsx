"use client";

import { MailCheckIcon } from "lucide-react";
import { useState } from "react";
import { z } from "zod";
import { useZodForm } from "@/components/form/use-zod-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";

// The browser checks the address's form; whether it has an account is never said.
const forgotPasswordSchema = z.object({ email: z.string() });

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useZodForm(forgotPasswordSchema, { defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async ({ email }) => {
    await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    // Always the same answer: nobody learns which addresses have accounts.
    setSentTo(email);
  });

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
            <p>
              If <strong>{sentTo}</strong> has a team account, a reset link is on its way.
            </p>
          </div>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4">
            <div className="grid gap-1.5">
              <Label htmlFor="reset-email">Work email</Label>
              <Input id="reset-email" type="email" autoComplete="username" required {...register("email")} />
            </div>
            <Button type="submit" disabled={formState.isSubmitting}>
              Email me a reset link
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
