import { AdminFrame } from "@/components/admin/admin-frame";
import { PortalShell } from "@/components/portal/portal-shell";
import { SiteFrame } from "@/components/site/site-frame";
import { PageMissScreen } from "@/components/status/page-miss-screen";
import { getConfig } from "@/config/env";
import { getPageMiss } from "@/web/page-miss";

/**
 * The body of every not-found page: why nothing is shown, for who is asking, with their way home. `framed`:
 * in the frame of the visitor's own area (the back office for the team, the portal for customers, the
 * site for everyone else); false where a layout already frames it (the back office's).
 */
export async function PageMiss({ framed = true }: { framed?: boolean }) {
  const { actor, home, miss } = await getPageMiss();
  const screen = <PageMissScreen miss={miss} home={home} role={actor?.role ?? null} />;
  if (!framed) return screen;
  if (!actor) return <SiteFrame>{screen}</SiteFrame>;
  if (actor.role === "customer") return <PortalShell>{screen}</PortalShell>;
  return (
    <AdminFrame actor={actor} devMailbox={getConfig().EMAIL_PROVIDER === "dev"}>
      {screen}
    </AdminFrame>
  );
}
