"use client";

import { useState, useTransition } from "react";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { updateSettingsAction } from "@/actions/settings";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

type Props = { requireTwoFactor: boolean; lastChange: { at: string; byName: string | null } | null };

/** Installation-wide security settings; each switch saves as soon as it is flipped. */
export function SecuritySettingsForm({ requireTwoFactor, lastChange }: Props) {
  const [required, setRequired] = useState(requireTwoFactor);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function change(next: boolean) {
    setRequired(next);
    startTransition(async () => {
      const result = await updateSettingsAction({ requireTwoFactor: next });
      if (result.ok) {
        setMessage({
          text: next ? "Saved: two-factor is now required." : "Saved: two-factor is now optional.",
          error: false,
        });
      } else {
        setRequired(!next);
        setMessage({ text: result.fields?.requireTwoFactor ?? result.message, error: true });
      }
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Security</CardTitle>
        <CardDescription>
          {lastChange
            ? `Last changed ${formatInstant(lastChange.at, brand.timeZone)}${lastChange.byName ? ` by ${lastChange.byName}` : ""}.`
            : "Not changed yet: the defaults apply."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex items-start justify-between gap-4">
          <div className="grid gap-1">
            <Label htmlFor="require-two-factor">Require two-factor for all staff and admins</Label>
            <p id="require-two-factor-hint" className="text-sm text-muted-foreground">
              Anyone without it (you too, if yours is off) is sent to their account page to set it up before they can
              use the back office or the staff API. Customers are never asked.
            </p>
          </div>
          <Switch
            id="require-two-factor"
            checked={required}
            disabled={pending}
            onCheckedChange={change}
            aria-describedby="require-two-factor-hint"
          />
        </div>
        {message &&
          (message.error ? (
            <Alert variant="destructive">
              <AlertDescription>{message.text}</AlertDescription>
            </Alert>
          ) : (
            <p role="status" className="text-sm font-medium">
              {message.text}
            </p>
          ))}
      </CardContent>
    </Card>
  );
}
