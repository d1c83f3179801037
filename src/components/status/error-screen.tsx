"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { TriangleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { brand } from "@/config/brand";
import { StatusScreen } from "./status-screen";

/** The way home from a page that failed, by the area it failed in (the error page cannot read the session). */
export function homeOfPath(pathname: string): { href: string; label: string } {
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return { href: "/admin", label: "Back to bookings" };
  if (pathname === "/portal" || pathname.startsWith("/portal/")) return { href: "/portal", label: "Your bookings" };
  return { href: "/", label: "Home page" };
}

/**
 * What a failed page says: it failed, try again (the server renders it afresh), or go home. `digest` is
 * the error's id in the server's log, for whoever the person contacts. `reload`: try again by loading the
 * page anew (the global error page, whose layout failed, has no router state worth keeping).
 */
export function ErrorScreen({
  digest,
  reset,
  home,
  reload = false,
}: {
  digest?: string;
  reset: () => void;
  home: { href: string; label: string };
  reload?: boolean;
}) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  const retry = () => {
    if (reload) return window.location.reload();
    startRetry(() => {
      router.refresh();
      reset();
    });
  };
  return (
    <StatusScreen
      icon={TriangleAlertIcon}
      eyebrow="Error"
      title="Something went wrong"
      actions={
        <>
          <Button type="button" onClick={retry} disabled={retrying}>
            Try again
          </Button>
          <Button asChild variant="outline">
            {reload ? <a href={home.href}>{home.label}</a> : <Link href={home.href}>{home.label}</Link>}
          </Button>
        </>
      }
    >
      <p>This page could not be shown. Nothing you entered was lost on our side; please try again.</p>
      <p>
        If it keeps happening, email{" "}
        <a className="text-primary underline underline-offset-4" href={`mailto:${brand.contact.email}`}>
          {brand.contact.email}
        </a>
        {digest ? (
          <>
            {" "}
            and quote <span className="font-mono text-foreground">{digest}</span>.
          </>
        ) : (
          "."
        )}
      </p>
    </StatusScreen>
  );
}
