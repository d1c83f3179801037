import Link from "next/link";
import { Logo } from "@/components/site/logo";
import { ThemeToggle } from "@/components/site/theme-toggle";
import type { Actor } from "@/server/access/actor";
import { roleCan } from "@/server/access/permissions";
import { SignOutButton } from "./sign-out-button";

export function AdminHeader({ actor, devMailbox }: { actor: Actor; devMailbox: boolean }) {
  const links = [
    { href: "/admin", label: "Bookings", show: true },
    { href: "/admin/emails", label: "Emails", show: roleCan(actor.role, "emails.read") },
    { href: "/admin/mailbox", label: "Mailbox", show: devMailbox && roleCan(actor.role, "emails.read") },
    { href: "/admin/users", label: "Users", show: roleCan(actor.role, "users.manage") },
    { href: "/admin/audit", label: "Audit", show: roleCan(actor.role, "audit.read") },
    { href: "/admin/settings", label: "Settings", show: roleCan(actor.role, "settings.manage") },
  ];
  return (
    <header className="border-b bg-background">
      <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <Logo />
          <nav aria-label="Back office" className="flex flex-wrap items-center gap-1 text-sm">
            {links
              .filter((link) => link.show)
              .map((link) => (
                <Link key={link.href} href={link.href} className="rounded-md px-3 py-1.5 font-medium hover:bg-accent">
                  {link.label}
                </Link>
              ))}
          </nav>
        </div>
        <div className="flex items-center gap-2 text-sm">
          <span className="hidden text-muted-foreground sm:inline">
            {actor.name} · {actor.role}
          </span>
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
