import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { getConfig } from "@/config/env";
import { requirePagePermission } from "@/web/page-guard";

export const metadata: Metadata = { title: { default: "Back office", template: "%s · PawPath back office" } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await requirePagePermission("admin.access");
  return (
    <div className="min-h-dvh bg-muted/20">
      <AdminHeader actor={actor} devMailbox={getConfig().EMAIL_PROVIDER === "dev"} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
