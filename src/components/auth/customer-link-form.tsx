"use client";

import { MailCheckIcon, MailWarningIcon } from "lucide-react";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { renewSignInLinkAction } from "@/actions/sign-in";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SIGN_IN_LINK_MINUTES } from "@/contracts/auth/sign-in-link";
import { loadAuthClient } from "@/lib/load-auth-client";

// The browser checks the address's form (type="email", required); whether it has bookings is never said.
// So the form needs no schema library: a smaller sign-in page (issue 18 item 10).

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
  const [submitting, setSubmitting] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);

  // A failed link whose address is unknown: the next step is typing it.
  useEffect(() => {
    if (failedLink && !renewal) emailInput.current?.focus();
  }, [failedLink, renewal]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setError(null);
    setSubmitting(true);
    const result = await loadAuthClient()
      .then((authClient) => authClient.signIn.magicLink({ email, callbackURL: "/portal" }))
      .catch(() => null)
      .finally(() => setSubmitting(false));
    if (!result) return setError("We could not reach our server. Check your connection and try again.");
    if (result.error?.status === 429) return setError("Too many requests. Wait a minute and try again.");
    // The same answer whether or not the address has bookings: nobody learns who our customers are.
    setSent(
      `If ${email} has a booking with us, a sign-in link is on its way. It works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
    );
  };

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
                <Input ref={emailInput} id="customer-email" name="email" type="email" autoComplete="email" required />
              </div>
              {error && <p className="text-sm font-medium text-destructive">{error}</p>}
              <Button type="submit" variant="secondary" disabled={submitting}>
                Email me a sign-in link
              </Button>
            </form>
          </>
        )}
      </CardContent>
    </Card>
  );
}
