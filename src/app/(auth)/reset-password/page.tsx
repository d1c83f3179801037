import type { Metadata } from "next";
import { parseSignInParams } from "@/contracts/auth/sign-in-params";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// Better Auth's emailed link checks the token, then lands here with ?token=… (or ?error=INVALID_TOKEN).
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token, error } = parseSignInParams(await searchParams);
  return (
    <>
      <h1 className="sr-only">Choose a new password</h1>
      <ResetPasswordForm token={error ? null : (token ?? null)} />
    </>
  );
}
