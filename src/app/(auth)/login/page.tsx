import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CustomerLinkForm } from "@/components/auth/customer-link-form";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { safeRedirect } from "@/lib/safe-redirect";
import { getActor } from "@/server/auth/actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const actor = await getActor(await headers());
  if (actor) redirect(safeRedirect(next, actor.role === "customer" ? "/portal" : "/admin"));
  return (
    <div className="grid w-full max-w-4xl gap-6 md:grid-cols-2">
      <h1 className="sr-only">Sign in</h1>
      <CustomerLinkForm />
      <StaffSignInForm next={next} />
    </div>
  );
}
