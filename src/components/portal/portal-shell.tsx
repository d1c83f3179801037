import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { Logo } from "@/components/site/logo";
import { ThemeToggle } from "@/components/site/theme-toggle";

/** The customer portal's frame: the logo, the way back to the bookings, the theme and signing out. */
export function PortalShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-muted/20">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b bg-background">
        <div className="mx-auto flex h-16 max-w-4xl items-center justify-between gap-2 px-4 sm:px-6">
          <Logo />
          <nav aria-label="Portal" className="flex items-center gap-1">
            <Link
              href="/portal"
              className="hidden rounded-md px-3 py-2 text-sm font-medium hover:bg-accent sm:inline-flex"
            >
              Your bookings
            </Link>
            <ThemeToggle />
            <SignOutButton />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
