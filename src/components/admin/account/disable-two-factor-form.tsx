"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";

// The browser asks for it to be filled in; whether it is right is the server's to say.
const confirmPasswordSchema = z.object({ password: z.string() });

export function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useZodForm(confirmPasswordSchema, { defaultValues: { password: "" } });

  const onSubmit = handleSubmit(async ({ password }) => {
    setError(null);
    const { error: disableError } = await authClient.twoFactor.disable({ password });
    if (disableError) {
      return setError(
        disableError.status === 429 ? "Too many attempts. Wait a minute and try again." : "That password is not right.",
      );
    }
    onDisabled();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-3" aria-describedby={error ? "disable-2fa-error" : undefined}>
      {error && (
        <Alert variant="destructive" id="disable-2fa-error">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      )}
      <p className="text-sm text-muted-foreground">
        To move to a new phone, turn it off and set it up again. If your company requires two-factor, the back office
        stays closed until you do.
      </p>
      <div className="grid gap-1.5 sm:max-w-xs">
        <Label htmlFor="disable-2fa-password">Password to confirm</Label>
        <Input
          id="disable-2fa-password"
          type="password"
          autoComplete="current-password"
          required
          {...register("password")}
        />
      </div>
      <div>
        <Button type="submit" variant="outline" disabled={formState.isSubmitting}>
          Turn off two-factor
        </Button>
      </div>
    </form>
  );
}
