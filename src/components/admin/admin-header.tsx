"use client";

import Link from "next/link";
import { Logo } from "@/components/site/logo";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { SignOutButton } from "./sign-out-button";

/**
 * A client component for its weight in the RSC payload, not for state: Next.js also renders each not-found
 * page above the back office's pages into every one of them, so the frame is sent three times; as a client
 * component each copy is its links and a name, not its whole markup.
 */
export function AdminHeader({ links, who }: { links: { href: string; label: string }[]; who: string }) {
  return (
    <header className="border-b bg-background">
      <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <Logo />
          <nav aria-label="Back office" className="flex flex-wrap items-center gap-1 text-sm">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="rounded-md px-3 py-1.5 font-medium hover:bg-accent">
                {link.label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex items-center gap-2 text-sm">
          <span className="hidden text-muted-foreground sm:inline">{who}</span>
          <Link href="/admin/account" className="rounded-md px-3 py-1.5 font-medium hover:bg-accent">
            Your account
          </Link>
          <ThemeToggle />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
