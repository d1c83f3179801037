import type { Metadata } from "next";
import { parseSignInParams } from "@/contracts/auth/sign-in-params";
import { redirect } from "next/navigation";
import { TwoFactorChallengeForm } from "@/components/auth/two-factor-challenge-form";
import { safeRedirect } from "@/lib/safe-redirect";
import { getRequestContext } from "@/web/request-context";

export const metadata: Metadata = { title: "Two-factor authentication" };

// Reached from /login after a correct password for an account with two-factor on. The pending sign-in
// lives in Better Auth's signed two_factor cookie; without it the form says to start again.
export default async function TwoFactorSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = parseSignInParams(await searchParams);
  const { actor } = await getRequestContext();
  if (actor) redirect(safeRedirect(next, actor.role === "customer" ? "/portal" : "/admin"));
  return (
    <>
      <h1 className="sr-only">Two-factor authentication</h1>
      <TwoFactorChallengeForm next={next} />
    </>
  );
}
