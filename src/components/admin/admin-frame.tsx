import type { ReactNode } from "react";
import type { Actor } from "@/server/access/actor";
import { roleCan } from "@/server/access/permissions";
import { AdminHeader } from "./admin-header";

function linksFor(actor: Actor, devMailbox: boolean) {
  const links = [
    { href: "/admin", label: "Bookings", show: true },
    { href: "/admin/emails", label: "Emails", show: roleCan(actor.role, "emails.read") },
    { href: "/admin/mailbox", label: "Mailbox", show: devMailbox && roleCan(actor.role, "emails.read") },
    { href: "/admin/users", label: "Users", show: roleCan(actor.role, "users.manage") },
    { href: "/admin/audit", label: "Audit", show: roleCan(actor.role, "audit.read") },
    { href: "/admin/settings", label: "Settings", show: roleCan(actor.role, "settings.manage") },
  ];
  return links.filter((link) => link.show).map(({ href, label }) => ({ href, label }));
}

/** The back office's frame (its layout, and a not-found page shown to a team member elsewhere). */
export function AdminFrame({
  actor,
  devMailbox,
  children,
}: {
  actor: Actor;
  devMailbox: boolean;
  children: ReactNode;
}) {
  return (
    <div className="min-h-dvh bg-muted/20">
      <AdminHeader links={linksFor(actor, devMailbox)} who={`${actor.name} · ${actor.role}`} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
