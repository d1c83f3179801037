"use client";

import QRCode from "qrcode";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { authClient } from "@/lib/auth-client";
import { BackupCodesList } from "./backup-codes-list";

type Setup = { qrCode: string; secret: string; backupCodes: string[] };
type Step = { name: "password" } | { name: "scan"; setup: Setup } | { name: "saved"; backupCodes: string[] };

const tooMany = "Too many attempts. Wait a minute and try again.";

// The browser asks for the password to be filled in; whether it is right is the server's to say.
const passwordStepSchema = z.object({ password: z.string() });
const codeStepSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s+/g, ""))
    .refine((code) => /^\d{6}$/.test(code), { error: "Enter the 6 digits your authenticator app shows." }),
});

/** Password → QR code and setup key → a code from the app → the backup codes, shown this once. */
export function EnableTwoFactor({ onEnabled }: { onEnabled: () => void }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ name: "password" });
  const [error, setError] = useState<string | null>(null);
  const passwordForm = useZodForm(passwordStepSchema, { defaultValues: { password: "" } });
  const codeForm = useZodForm(codeStepSchema, { defaultValues: { code: "" } });

  const start = passwordForm.handleSubmit(async ({ password }) => {
    setError(null);
    const { data, error: enableError } = await authClient.twoFactor.enable({ password });
    if (enableError || !data || !("totpURI" in data) || !data.totpURI) {
      return setError(enableError?.status === 429 ? tooMany : "That password is not right.");
    }
    const secret = new URL(data.totpURI).searchParams.get("secret") ?? "";
    const qrCode = await QRCode.toDataURL(data.totpURI, { margin: 1, width: 224 });
    setStep({ name: "scan", setup: { qrCode, secret, backupCodes: data.backupCodes ?? [] } });
  });

  const verify = (setup: Setup) =>
    codeForm.handleSubmit(
      async ({ code }) => {
        setError(null);
        const { error: verifyError } = await authClient.twoFactor.verifyTotp({ code });
        if (verifyError) {
          return setError(
            verifyError.status === 429
              ? tooMany
              : "That code is not right. Check the app's clock and try the newest code.",
          );
        }
        setStep({ name: "saved", backupCodes: setup.backupCodes });
      },
      // The form's own objection replaces the server's last answer.
      () => setError(null),
    );

  const errorAlert = (message: string | null | undefined) =>
    message && (
      <Alert variant="destructive" id="enable-2fa-error">
        <AlertDescription>{message}</AlertDescription>
      </Alert>
    );

  if (step.name === "saved") {
    return (
      <div role="status" className="grid gap-4">
        <p className="font-medium">Two-factor authentication is on.</p>
        <BackupCodesList codes={step.backupCodes} />
        <div>
          <Button
            onClick={() => {
              onEnabled();
              router.refresh();
            }}
          >
            I have saved my backup codes
          </Button>
        </div>
      </div>
    );
  }

  if (step.name === "scan") {
    const { setup } = step;
    const codeError = codeForm.formState.errors.code?.message ?? error;
    return (
      <form
        onSubmit={verify(setup)}
        noValidate
        className="grid gap-4"
        aria-describedby={codeError ? "enable-2fa-error" : undefined}
      >
        {errorAlert(codeError)}
        <ol className="grid list-decimal gap-4 pl-5 text-sm">
          <li className="grid gap-2">
            Scan this QR code with your authenticator app.
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser; nothing for next/image to optimise */}
            <img
              src={setup.qrCode}
              alt="QR code to scan with your authenticator app"
              width={224}
              height={224}
              className="rounded-md border bg-white p-2"
            />
          </li>
          <li className="grid gap-1.5">
            <Label htmlFor="setup-key">Or type this setup key into the app</Label>
            <Input
              id="setup-key"
              readOnly
              value={setup.secret}
              className="font-mono sm:max-w-md"
              onFocus={(event) => event.currentTarget.select()}
            />
          </li>
          <li className="grid gap-1.5">
            <Label htmlFor="setup-code">Code from the app</Label>
            <Input
              id="setup-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              className="sm:max-w-40"
              aria-invalid={codeError ? true : undefined}
              {...codeForm.register("code")}
            />
          </li>
        </ol>
        <div>
          <Button type="submit" disabled={codeForm.formState.isSubmitting}>
            Verify and turn on
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={start} className="grid gap-3" aria-describedby={error ? "enable-2fa-error" : undefined}>
      {errorAlert(error)}
      <div className="grid gap-1.5 sm:max-w-xs">
        <Label htmlFor="enable-2fa-password">Password to confirm</Label>
        <Input
          id="enable-2fa-password"
          type="password"
          autoComplete="current-password"
          required
          {...passwordForm.register("password")}
        />
      </div>
      <div>
        <Button type="submit" disabled={passwordForm.formState.isSubmitting}>
          Set up two-factor
        </Button>
      </div>
    </form>
  );
}
