"use client";

import { UserPlusIcon } from "lucide-react";
import { useState } from "react";
import { Controller, type FieldPath } from "react-hook-form";
import type { z } from "zod";
import { inviteUserAction } from "@/actions/users";
import { ChoiceGroup, controlProps, Field } from "@/components/form/field";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { inviteUserInputSchema, TEAM_ROLES } from "@/contracts/users/schemas";

type Values = z.input<typeof inviteUserInputSchema>;
const roleHints = {
  staff: "Views bookings and updates their status",
  admin: "Also edits and deletes bookings, manages the team and settings",
} as const;

/** "Invite" button and its form; the server's answer (sent, resent, or field errors) shows inline. */
export function InviteUserDialog({ onResult }: { onResult: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useZodForm(inviteUserInputSchema, { defaultValues: { email: "", name: "", role: "staff" } });
  const { register, control, handleSubmit, setError, reset, formState } = form;
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await inviteUserAction(values);
    if (result.ok) {
      reset();
      setOpen(false);
      onResult(result.message ?? "");
      return;
    }
    setFormError(result.message);
    for (const [path, message] of Object.entries(result.fields ?? {}))
      setError(path as FieldPath<Values>, { type: "server", message }, { shouldFocus: true });
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFormError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden /> Invite
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite a colleague</DialogTitle>
          <DialogDescription>
            They get an email with a link to choose their password. The link works for 7 days.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          {formError && !Object.keys(errors).length && (
            <Alert variant="destructive">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          )}
          <Field id="invite-name" label="Name" error={errors.name?.message}>
            <Input {...register("name")} {...controlProps("invite-name", errors.name?.message)} autoComplete="off" />
          </Field>
          <Field id="invite-email" label="Work email" error={errors.email?.message}>
            <Input
              type="email"
              {...register("email")}
              {...controlProps("invite-email", errors.email?.message)}
              autoComplete="off"
            />
          </Field>
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <ChoiceGroup legend="Role" error={errors.role?.message} errorId="invite-role-error">
                <RadioGroup
                  ref={field.ref}
                  value={field.value}
                  onValueChange={field.onChange}
                  aria-describedby={errors.role ? "invite-role-error" : undefined}
                >
                  {TEAM_ROLES.map((role) => (
                    <Label
                      key={role}
                      htmlFor={`invite-role-${role}`}
                      className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5"
                    >
                      <RadioGroupItem value={role} id={`invite-role-${role}`} className="mt-0.5" />
                      <span>
                        <span className="font-medium capitalize">{role}</span>
                        <span className="block text-xs text-muted-foreground">{roleHints[role]}</span>
                      </span>
                    </Label>
                  ))}
                </RadioGroup>
              </ChoiceGroup>
            )}
          />
          <DialogFooter>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Sending…" : "Send invitation"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
