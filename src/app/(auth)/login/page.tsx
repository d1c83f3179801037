import type { Metadata } from "next";
import { parseSignInParams } from "@/contracts/auth/sign-in-params";
import { redirect } from "next/navigation";
import { CustomerLinkForm } from "@/components/auth/customer-link-form";
import { googleSignInError } from "@/components/auth/google-sign-in-error";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { getConfig } from "@/config/env";
import { safeRedirect } from "@/lib/safe-redirect";
import { getRequestContext } from "@/web/request-context";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next, via, error } = parseSignInParams(await searchParams);
  const config = getConfig();
  const { actor } = await getRequestContext();
  if (actor) redirect(safeRedirect(next, actor.role === "customer" ? "/portal" : "/admin"));
  return (
    <div className="grid w-full max-w-4xl gap-6 md:grid-cols-2">
      <h1 className="sr-only">Sign in</h1>
      <CustomerLinkForm />
      <StaffSignInForm
        next={next}
        googleDomain={config.GOOGLE_SIGN_IN ? config.GOOGLE_WORKSPACE_DOMAIN : undefined}
        initialError={via === "google" ? googleSignInError(error) : null}
      />
    </div>
  );
}
