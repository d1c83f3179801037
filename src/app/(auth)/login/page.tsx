import type { Metadata } from "next";
import { parseSignInParams } from "@/contracts/auth/sign-in-params";
import { redirect } from "next/navigation";
import { CustomerLinkForm } from "@/components/auth/customer-link-form";
import { googleSignInError } from "@/components/auth/google-sign-in-error";
import { signInLinkError } from "@/components/auth/sign-in-link-error";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { getConfig } from "@/config/env";
import { safeRedirect } from "@/lib/safe-redirect";
import { getRequestContext } from "@/web/request-context";
import { findSignInLinkAddress } from "@/server/auth/renew-sign-in-link";
import { maskedAddress } from "@/server/auth/sign-in-link";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next, via, error, link } = parseSignInParams(await searchParams);
  const config = getConfig();
  const { db, actor } = await getRequestContext();
  if (actor) redirect(safeRedirect(next, actor.role === "customer" ? "/portal" : "/admin"));
  // A customer's emailed link that did not work comes back here (src/server/auth/sign-in-link.ts).
  const linkProblem = via === "google" ? null : signInLinkError(error);
  const address = linkProblem && link ? await findSignInLinkAddress({ db, linkId: link }) : null;
  return (
    <div className="grid w-full max-w-4xl gap-6 md:grid-cols-2">
      <h1 className="sr-only">Sign in</h1>
      <CustomerLinkForm
        failedLink={
          linkProblem
            ? {
                message: linkProblem,
                renewal: address && link ? { linkId: link, sentTo: maskedAddress(address) } : undefined,
              }
            : undefined
        }
      />
      <StaffSignInForm
        next={next}
        googleDomain={config.GOOGLE_SIGN_IN ? config.GOOGLE_WORKSPACE_DOMAIN : undefined}
        initialError={via === "google" ? googleSignInError(error) : null}
      />
    </div>
  );
}
