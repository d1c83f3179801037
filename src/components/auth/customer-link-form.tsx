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

// The browser checks the address's form; whether it has bookings is never said.
const customerLinkSchema = z.object({ email: z.string() });

export function CustomerLinkForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useZodForm(customerLinkSchema, { defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setError(null);
    const result = await authClient.signIn.magicLink({ email, callbackURL: "/portal" });
    if (result.error?.status === 429) return setError("Too many requests. Wait a minute and try again.");
    // The same answer whether or not the address has bookings: nobody learns who our customers are.
    setSentTo(email);
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Follow your pet&apos;s journey</CardTitle>
        <CardDescription>Customers: we email you a link to sign in. No password needed.</CardDescription>
      </CardHeader>
      <CardContent>
        {sentTo ? (
          <div role="status" className="flex gap-3 rounded-lg border bg-muted/40 p-4 text-sm">
            <MailCheckIcon className="size-5 shrink-0 text-primary" aria-hidden />
            <p>
              If <strong>{sentTo}</strong> has a booking with us, a sign-in link is on its way. It works once, for 15
              minutes.
            </p>
          </div>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4">
            <div className="grid gap-1.5">
              <Label htmlFor="customer-email">Email you booked with</Label>
              <Input id="customer-email" type="email" autoComplete="email" required {...register("email")} />
            </div>
            {error && <p className="text-sm font-medium text-destructive">{error}</p>}
            <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
              Email me a sign-in link
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
