import { Badge } from "@/components/ui/badge";
import type { TeamMemberStatus } from "@/server/users/team-member";

const tones = { active: "success", invited: "info", locked: "progress", deactivated: "danger" } as const;

export function UserStatusBadge({ status }: { status: TeamMemberStatus }) {
  return <Badge tone={tones[status]}>{status}</Badge>;
}
