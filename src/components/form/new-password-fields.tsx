import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { z } from "zod";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { passwordSchema } from "@/contracts/auth/password-policy";

/** The two fields' rules, to spread into a form's schema: the password policy, and the two must match. */
export const newPasswordShape = { newPassword: passwordSchema, confirmNewPassword: z.string() };

export function withMatchingNewPasswords<T extends z.ZodType<{ newPassword: string; confirmNewPassword: string }>>(
  schema: T,
) {
  return schema.refine((values) => values.newPassword === values.confirmNewPassword, {
    error: "The two new passwords do not match.",
    path: ["confirmNewPassword"],
  });
}

type NewPasswordErrors = { newPassword?: FieldError; confirmNewPassword?: FieldError };

/** The one sentence to show: two passwords that differ first, as that is what the person just did. */
export function newPasswordError(errors: NewPasswordErrors): string | undefined {
  return errors.confirmNewPassword?.message ?? errors.newPassword?.message;
}

type NewPasswordFieldsProps = {
  newPassword: UseFormRegisterReturn<"newPassword">;
  confirmNewPassword: UseFormRegisterReturn<"confirmNewPassword">;
};

/** "New password" and "Repeat the new password", for every form that sets a password. */
export function NewPasswordFields({ newPassword, confirmNewPassword }: NewPasswordFieldsProps) {
  return (
    <>
      <div className="grid gap-1.5">
        <Label htmlFor="new-password">New password</Label>
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          maxLength={128}
          required
          {...newPassword}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="confirm-new-password">Repeat the new password</Label>
        <Input id="confirm-new-password" type="password" autoComplete="new-password" required {...confirmNewPassword} />
      </div>
    </>
  );
}
