"use client";

import { useRouter } from "next/navigation";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const ALL = "all";

/** Picks one action to show; the choice lives in the URL (?action=…), so it can be shared and reloaded. */
type Props = { actions: { value: string; label: string }[]; value?: string; target?: { type: string; id: string } };

export function AuditActionFilter({ actions, value, target }: Props) {
  const router = useRouter();
  return (
    <div className="grid gap-1.5 sm:w-72">
      <Label htmlFor="audit-action">Action</Label>
      <Select
        value={value ?? ALL}
        onValueChange={(next) => {
          const params = new URLSearchParams();
          if (next !== ALL) params.set("action", next);
          if (target) {
            params.set("targetType", target.type);
            params.set("targetId", target.id);
          }
          router.push(`/admin/audit${params.size ? `?${params}` : ""}`);
        }}
      >
        <SelectTrigger id="audit-action">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>All actions</SelectItem>
          {actions.map((action) => (
            <SelectItem key={action.value} value={action.value}>
              {action.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
