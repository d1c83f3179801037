"use client";

import { MailCheckIcon, MailWarningIcon } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { z } from "zod";
import { renewSignInLinkAction } from "@/actions/sign-in";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SIGN_IN_LINK_MINUTES } from "@/contracts/auth/sign-in-link";
import { authClient } from "@/lib/auth-client";

// The browser checks the address's form; whether it has bookings is never said.
const customerLinkSchema = z.object({ email: z.string() });

/**
 * A sign-in link that did not work (used, expired), as /login was sent it: what to say, and, when the
 * server still knows the address it went to, the link's id and that address masked, to send a new one.
 */
export type FailedSignInLink = { message: string; renewal?: { linkId: string; sentTo: string } };

export function CustomerLinkForm({ failedLink }: { failedLink?: FailedSignInLink }) {
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renewal, setRenewal] = useState(failedLink?.renewal);
  const [renewing, startRenewal] = useTransition();
  const { register, handleSubmit, formState, setFocus } = useZodForm(customerLinkSchema, {
    defaultValues: { email: "" },
  });

  // A failed link whose address is unknown: the next step is typing it.
  useEffect(() => {
    if (failedLink && !renewal) setFocus("email");
  }, [failedLink, renewal, setFocus]);

  const onSubmit = handleSubmit(async ({ email }) => {
    setError(null);
    const result = await authClient.signIn.magicLink({ email, callbackURL: "/portal" });
    if (result.error?.status === 429) return setError("Too many requests. Wait a minute and try again.");
    // The same answer whether or not the address has bookings: nobody learns who our customers are.
    setSent(
      `If ${email} has a booking with us, a sign-in link is on its way. It works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
    );
  });

  const renew = (linkId: string) =>
    startRenewal(async () => {
      const result = await renewSignInLinkAction(linkId);
      if (result.ok) return setSent(result.message ?? "A new sign-in link is on its way.");
      setError(result.message);
      setRenewal(undefined);
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Follow your pet&apos;s journey</CardTitle>
        <CardDescription>Customers: we email you a link to sign in. No password needed.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {sent ? (
          <div role="status" className="flex gap-3 rounded-lg border bg-muted/40 p-4 text-sm">
            <MailCheckIcon className="size-5 shrink-0 text-primary" aria-hidden />
            <p>{sent}</p>
          </div>
        ) : (
          <>
            {failedLink && (
              <Alert>
                <MailWarningIcon aria-hidden />
                <AlertDescription className="grid gap-3">
                  <p>
                    {failedLink.message}{" "}
                    {renewal
                      ? `We can send a new one to ${renewal.sentTo}.`
                      : "Type the email you booked with and we will send a new one."}
                  </p>
                  {renewal && (
                    <Button
                      type="button"
                      className="justify-self-start"
                      disabled={renewing}
                      onClick={() => renew(renewal.linkId)}
                    >
                      Email me a new link
                    </Button>
                  )}
                </AlertDescription>
              </Alert>
            )}
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
          </>
        )}
      </CardContent>
    </Card>
  );
}
