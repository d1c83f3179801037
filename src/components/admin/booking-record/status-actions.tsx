"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeStatusAction } from "@/actions/booking-record";
import type { ActionResult } from "@/contracts/action-result";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { BOOKING_STATUS_LABELS, type BookingStatus } from "@/contracts/bookings/schemas";
import { STATUS_EMAIL, USUAL_NEXT_STATUS } from "@/contracts/bookings/workflow";
import { ActionMessage } from "./action-message";
import { FlightForm } from "./flight-form";
import { emptyFlightForm } from "./flight-form-values";
import { NotifyCheckbox } from "./notify-checkbox";
import { useRecordAction } from "./use-record-action";

type StatusActionsProps = { reference: string; version: number; current: BookingStatus; next: BookingStatus[] };

const stepLabel = (status: BookingStatus) =>
  status === "pending"
    ? "Reopen (back to pending)"
    : status === "cancelled"
      ? "Cancel booking"
      : `Mark ${BOOKING_STATUS_LABELS[status].toLowerCase()}`;

/**
 * The next allowed steps of the workflow as buttons (the server decides them, and checks again).
 * Flight booked needs the flight, so that step opens the flight form first.
 */
export function StatusActions({ reference, version, current, next }: StatusActionsProps) {
  const router = useRouter();
  const { pending, result, run } = useRecordAction();
  // Refused because the booking moved on (someone else changed it): show it as it is now, with its own next steps.
  const refreshIfStale = (answer: ActionResult) => {
    if (!answer.ok && answer.details?.currentVersion !== undefined) router.refresh();
  };
  const [notifyCustomer, setNotifyCustomer] = useState(true);
  const [flightOpen, setFlightOpen] = useState(false);
  const [flightResult, setFlightResult] = useState<typeof result>(null);

  if (next.length === 0)
    return <p className="text-sm text-muted-foreground">This booking is completed: there is no next step.</p>;
  const emails = next.some((status) => STATUS_EMAIL[status] !== null);
  // The usual next step first and as the main button; going back and cancelling after it, plainer.
  const usual = USUAL_NEXT_STATUS[current];
  const steps = [...next].sort((a, b) => Number(b === usual) - Number(a === usual));
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        {steps.map((status) => (
          <Button
            key={status}
            variant={status === usual ? "default" : "outline"}
            className={status === "cancelled" ? "text-destructive" : undefined}
            disabled={pending}
            onClick={() => {
              setFlightResult(null);
              if (status === "flight_booked") return setFlightOpen(true);
              run(() => changeStatusAction(reference, { status, notifyCustomer, version }), refreshIfStale);
            }}
          >
            {stepLabel(status)}
            {status === "flight_booked" && "…"}
          </Button>
        ))}
      </div>
      {emails && <NotifyCheckbox id="status-notify" checked={notifyCustomer} onChange={setNotifyCustomer} />}
      <ActionMessage result={flightResult ?? result} />
      <Dialog open={flightOpen} onOpenChange={setFlightOpen}>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Flight booked: the flight</DialogTitle>
            <DialogDescription>
              Type each time as the airline gives it, local to its airport: the airport sets the time zone.
            </DialogDescription>
          </DialogHeader>
          <FlightForm
            idPrefix="flight-booked"
            defaultValues={{ ...emptyFlightForm, notifyCustomer }}
            submitLabel="Mark flight booked"
            notifyLabel="Email the customer the flight details"
            onSubmit={({ flight, notifyCustomer: notify }) =>
              changeStatusAction(reference, { status: "flight_booked", flight, notifyCustomer: notify, version })
            }
            onCancel={() => setFlightOpen(false)}
            onSaved={(saved) => {
              setFlightResult(saved);
              setFlightOpen(false);
            }}
          />
        </DialogContent>
      </Dialog>
    </div>
  );
}
