import { Badge } from "@/components/ui/badge";

const tones = { queued: "neutral", sending: "info", sent: "success", failed: "progress", dead: "danger" } as const;

export function EmailStatusBadge({ status }: { status: keyof typeof tones }) {
  return <Badge tone={tones[status]}>{status}</Badge>;
}
