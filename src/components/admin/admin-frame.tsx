import type { ReactNode } from "react";
import type { Actor } from "@/server/access/actor";
import { AdminHeader } from "./admin-header";

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
      <AdminHeader actor={actor} devMailbox={devMailbox} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
