"use client";

import { useEffect, useState, useTransition } from "react";
import { assignableTeamAction, bulkAssignAction, bulkChangeStatusAction } from "@/actions/bulk-bookings";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { BOOKING_STATUSES, BOOKING_STATUS_LABELS, type BookingStatus } from "@/contracts/bookings/schemas";

const UNASSIGN = "nobody";

type BulkActionResult = Awaited<ReturnType<typeof bulkChangeStatusAction>>;
type Summary = { action: string; result: BulkActionResult };

function SummaryMessage({ summary }: { summary: Summary | null }) {
  if (!summary) return null;
  const { action, result } = summary;
  if (!result.ok)
    return (
      <p role="alert" className="text-sm font-medium text-destructive">
        {result.message}
      </p>
    );
  // In reference order, whatever order the rows were ticked in, so a long list is easy to scan.
  const outcomes = [...result.data].sort((a, b) => a.reference.localeCompare(b.reference));
  const done = outcomes.filter((outcome) => outcome.ok);
  const refused = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome]));
  return (
    <div role="status" className="grid gap-1 text-sm">
      <p>
        {done.length > 0 ? `${action}: ${done.map((outcome) => outcome.reference).join(", ")}.` : `${action}: none.`}
        {refused.length > 0 && ` ${refused.length} could not be changed:`}
      </p>
      {refused.length > 0 && (
        <ul className="list-disc pl-5 text-destructive">
          {refused.map((outcome) => (
            <li key={outcome.reference}>
              {outcome.reference}: {outcome.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Moves the selected bookings to one status, or assigns them to one person. Each booking is checked on
 * its own (workflow, permissions), so the summary says which changed and why the others did not.
 */
export function BulkActionBar({ references }: { references: string[] }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<BookingStatus | "">("");
  const [notifyCustomer, setNotifyCustomer] = useState(true);
  const [assignee, setAssignee] = useState("");
  const [team, setTeam] = useState<{ id: string; name: string }[] | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const selected = references.length > 0;

  useEffect(() => {
    if (selected && team === null)
      void assignableTeamAction().then(
        (result) => setTeam(result.ok ? result.data : []),
        () => setTeam([]),
      );
  }, [selected, team]);

  const apply = (action: string, call: () => Promise<BulkActionResult>) =>
    startTransition(async () => {
      const result = await call().catch((): BulkActionResult => ({
        ok: false,
        message: "We could not reach the server. Check your connection and try again.",
      }));
      setSummary({ action, result });
    });

  return (
    <div className="grid gap-2">
      {selected && (
        <section
          aria-label="Bulk actions"
          className="grid gap-3 rounded-xl border bg-card p-3 sm:flex sm:flex-wrap sm:items-end"
        >
          <p className="text-sm font-medium sm:self-center">{references.length} selected</p>
          <div className="grid gap-1.5">
            <Label htmlFor="bulk-status">Move to status</Label>
            <Select value={status} onValueChange={(value) => setStatus(value as BookingStatus)}>
              <SelectTrigger id="bulk-status" className="sm:w-44">
                <SelectValue placeholder="Choose a status" />
              </SelectTrigger>
              <SelectContent>
                {BOOKING_STATUSES.map((value) => (
                  <SelectItem key={value} value={value}>
                    {BOOKING_STATUS_LABELS[value]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="flex items-center gap-2 sm:h-10">
            <Checkbox
              id="bulk-notify"
              checked={notifyCustomer}
              onCheckedChange={(checked) => setNotifyCustomer(checked === true)}
            />
            <Label htmlFor="bulk-notify" className="font-normal">
              Email each customer
            </Label>
          </div>
          <Button
            disabled={pending || !status}
            onClick={() =>
              status &&
              apply(`Moved to ${BOOKING_STATUS_LABELS[status].toLowerCase()}`, () =>
                bulkChangeStatusAction(references, { status, notifyCustomer }),
              )
            }
          >
            Move
          </Button>
          <div className="grid gap-1.5">
            <Label htmlFor="bulk-assignee">Assign to</Label>
            <Select value={assignee} onValueChange={setAssignee}>
              <SelectTrigger id="bulk-assignee" className="sm:w-44">
                <SelectValue placeholder={team === null ? "Loading the team…" : "Choose a person"} />
              </SelectTrigger>
              <SelectContent>
                {(team ?? []).map((member) => (
                  <SelectItem key={member.id} value={member.id}>
                    {member.name}
                  </SelectItem>
                ))}
                <SelectItem value={UNASSIGN}>Nobody (unassign)</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <Button
            variant="outline"
            disabled={pending || !assignee}
            onClick={() => {
              const name =
                assignee === UNASSIGN
                  ? null
                  : (team?.find((member) => member.id === assignee)?.name ?? "the chosen person");
              apply(name ? `Assigned to ${name}` : "Unassigned", () =>
                bulkAssignAction(references, { assigneeId: assignee === UNASSIGN ? null : assignee }),
              );
            }}
          >
            Assign
          </Button>
        </section>
      )}
      <SummaryMessage summary={summary} />
    </div>
  );
}
