"use client";

import { LoaderCircleIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { loadAuthClient } from "@/lib/load-auth-client";
import { safeRedirect } from "@/lib/safe-redirect";
import { GoogleSignInButton } from "./google-sign-in-button";

// The browser asks for both to be filled in (`required`); whether they match an account is only the
// server's to say. So the form needs no schema library: a smaller sign-in page (issue 18 item 10).

/** `googleDomain`: Google sign-in is configured for this Workspace domain; `initialError`: a refused Google sign-in. */
export function StaffSignInForm({
  next,
  googleDomain,
  initialError,
}: {
  next?: string;
  googleDomain?: string;
  initialError?: string | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [submitting, setSubmitting] = useState(false);
  // Signed in and on the way: the button stays busy until the next page replaces this one.
  const [leaving, setLeaving] = useState(false);
  const pending = submitting || leaving;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const fields = new FormData(event.currentTarget);
    const email = String(fields.get("email") ?? "");
    const password = String(fields.get("password") ?? "");
    setError(null);
    setSubmitting(true);
    const result = await loadAuthClient()
      .then((authClient) => authClient.signIn.email({ email, password }))
      .catch(() => null)
      .finally(() => setSubmitting(false));
    if (!result) {
      setError("We could not reach our server. Check your connection and try again.");
      return;
    }
    const { data, error: signInError } = result;
    if (signInError) {
      setError(
        signInError.status === 429
          ? "Too many attempts. Wait a minute and try again."
          : "That email and password do not match an active team account.",
      );
      return;
    }
    setLeaving(true);
    // A correct password for an account with two-factor: no session yet, on to the code step.
    if (data && "twoFactorRedirect" in data) {
      router.push(next ? `/login/two-factor?next=${encodeURIComponent(next)}` : "/login/two-factor");
      return;
    }
    router.replace(safeRedirect(next, "/admin"));
    router.refresh();
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>Team sign-in</CardTitle>
        <CardDescription>For PawPath staff and administrators.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4" aria-describedby={error ? "staff-error" : undefined}>
          {error && (
            <Alert variant="destructive" id="staff-error">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
          <div className="grid gap-1.5">
            <Label htmlFor="staff-email">Work email</Label>
            <Input id="staff-email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="staff-password">Password</Label>
            <Input id="staff-password" type="password" autoComplete="current-password" name="password" required />
          </div>
          <Button type="submit" disabled={pending}>
            {pending && <LoaderCircleIcon className="animate-spin" aria-hidden />}
            Sign in
          </Button>
          {googleDomain && <GoogleSignInButton next={next} domain={googleDomain} />}
          <Link href="/forgot-password" className="text-center text-sm text-primary underline-offset-4 hover:underline">
            Forgot your password?
          </Link>
        </form>
      </CardContent>
    </Card>
  );
}
