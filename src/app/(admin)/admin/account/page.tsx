import { ChangePasswordForm } from "@/components/admin/account/change-password-form";
import { TwoFactorCard } from "@/components/admin/account/two-factor-card";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { requirePagePermission } from "@/web/page-guard";
import { getTwoFactorStatus } from "@/server/auth/two-factor-status";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const { db, actor } = await requirePagePermission("admin.access", "/admin/account");
  const twoFactor = await getTwoFactorStatus({ db, actor });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-muted-foreground">
          {actor.name} · {actor.email}
        </p>
      </div>
      {twoFactor.required && (
        <Alert variant="destructive">
          <AlertTitle>Two-factor authentication is required</AlertTitle>
          <AlertDescription>
            Your company requires two-factor authentication for every staff member and admin. Turn it on below to use
            the back office.
          </AlertDescription>
        </Alert>
      )}
      <TwoFactorCard enabled={twoFactor.enabled} />
      <ChangePasswordForm />
    </div>
  );
}
