"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";

export function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password"));
    setPending(true);
    setError(null);
    const { error: disableError } = await authClient.twoFactor.disable({ password });
    setPending(false);
    if (disableError) {
      return setError(disableError.status === 429 ? "Too many attempts. Wait a minute and try again." : "That password is not right.");
    }
    onDisabled();
    router.refresh();
  }

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
        <Input id="disable-2fa-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div>
        <Button type="submit" variant="outline" disabled={pending}>Turn off two-factor</Button>
      </div>
    </form>
  );
}
