"use client";

import { usePathname } from "next/navigation";
import { Logo } from "@/components/site/logo";
import { SiteFrame } from "@/components/site/site-frame";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { ErrorScreen, homeOfPath } from "@/components/status/error-screen";

/** A page or layout below the root failed: the site's frame on the public site, a plain bar elsewhere. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const home = homeOfPath(usePathname());
  const screen = <ErrorScreen digest={error.digest} reset={reset} home={home} />;
  if (home.href === "/") return <SiteFrame>{screen}</SiteFrame>;
  return (
    <div className="min-h-dvh bg-muted/20">
      <header className="border-b bg-background">
        <div className="mx-auto flex h-16 max-w-7xl items-center justify-between gap-2 px-4 sm:px-6">
          <Logo />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 sm:px-6">
        {screen}
      </main>
    </div>
  );
}
