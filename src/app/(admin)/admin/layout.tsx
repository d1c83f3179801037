import type { Metadata } from "next";
import { AdminFrame } from "@/components/admin/admin-frame";
import { getConfig } from "@/config/env";
import { requirePagePermission } from "@/web/page-guard";

export const metadata: Metadata = { title: { default: "Back office", template: "%s · PawPath back office" } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await requirePagePermission("admin.access");
  return (
    <AdminFrame actor={actor} devMailbox={getConfig().EMAIL_PROVIDER === "dev"}>
      {children}
    </AdminFrame>
  );
}
