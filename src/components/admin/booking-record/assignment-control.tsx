"use client";

import { useState } from "react";
import { assignAction } from "@/actions/booking-record";
import { Label } from "@/components/ui/label";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ActionMessage } from "./action-message";
import { useRecordAction } from "./use-record-action";

export type TeamMember = { id: string; name: string; email: string };

type AssignmentControlProps = { reference: string; assigneeId: string | null; team: TeamMember[]; meId: string };

/** Who looks after the booking: pick a colleague, take it yourself, or leave it unassigned. */
export function AssignmentControl({ reference, assigneeId, team, meId }: AssignmentControlProps) {
  const { pending, result, run } = useRecordAction();
  // While saving, the select shows the choice being saved; after, whatever the server says.
  const [chosen, setChosen] = useState(assigneeId ?? "");
  const assign = (id: string | null) => {
    setChosen(id ?? "");
    run(() => assignAction(reference, { assigneeId: id }));
  };
  return (
    <div className="grid gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor="assignee">Assigned to</Label>
        <Select value={pending ? chosen : (assigneeId ?? "")} onValueChange={(id) => assign(id)} disabled={pending}>
          <SelectTrigger id="assignee">
            <SelectValue placeholder="Nobody yet" />
          </SelectTrigger>
          <SelectContent>
            {team.map((member) => (
              <SelectItem key={member.id} value={member.id}>
                {member.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="flex flex-wrap gap-2">
        {assigneeId !== meId && (
          <Button variant="outline" size="sm" disabled={pending} onClick={() => assign(meId)}>
            Assign to me
          </Button>
        )}
        {assigneeId && (
          <Button variant="ghost" size="sm" disabled={pending} onClick={() => assign(null)}>
            Unassign
          </Button>
        )}
      </div>
      <ActionMessage result={result} />
    </div>
  );
}
