import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** "New password" and "Repeat the new password", for every form that sets a password. */
export function NewPasswordFields() {
  return (
    <>
      <div className="grid gap-1.5">
        <Label htmlFor="new-password">New password</Label>
        <Input id="new-password" name="newPassword" type="password" autoComplete="new-password" minLength={10} maxLength={128} required />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="confirm-new-password">Repeat the new password</Label>
        <Input id="confirm-new-password" name="confirmNewPassword" type="password" autoComplete="new-password" required />
      </div>
    </>
  );
}

/** The new password from a form with NewPasswordFields, or the message to show when the two differ. */
export function readNewPassword(form: FormData): { newPassword: string } | { error: string } {
  const newPassword = String(form.get("newPassword"));
  return newPassword === String(form.get("confirmNewPassword")) ? { newPassword } : { error: "The two new passwords do not match." };
}
