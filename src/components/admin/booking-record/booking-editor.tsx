"use client";

import { PencilIcon } from "lucide-react";
import { useState } from "react";
import type { ActionResult } from "@/contracts/action-result";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "./action-message";
import { EditBookingForm } from "./edit-booking-form";
import type { EditValues } from "@/contracts/bookings/edit-values";
import type { TeamMember } from "./assignment-control";

type BookingEditorProps = { reference: string; version: number; current: EditValues; team: TeamMember[] };

/** "Edit details" (admins): opens the edit form above the booking, and says how the save went. */
export function BookingEditor({ reference, version, current, team }: BookingEditorProps) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const names = new Map(team.map((member) => [member.id, member.name]));
  if (!open) {
    return (
      <div className="grid gap-2">
        <Button
          variant="outline"
          className="justify-self-start"
          onClick={() => {
            setResult(null);
            setOpen(true);
          }}
        >
          <PencilIcon aria-hidden /> Edit details
        </Button>
        <ActionMessage result={result} />
      </div>
    );
  }
  return (
    <section aria-labelledby="edit-heading" className="rounded-xl border bg-card p-4 sm:p-5">
      <h2 id="edit-heading" className="mb-4 text-xl font-semibold">
        Edit booking details
      </h2>
      <EditBookingForm
        reference={reference}
        version={version}
        current={current}
        names={names}
        onSaved={(saved) => {
          setResult(saved);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    </section>
  );
}
