"use client";

import { useState } from "react";
import { updateFlightAction } from "@/actions/booking-record";
import type { ActionResult } from "@/contracts/action-result";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { FlightDetails } from "@/contracts/bookings/booking-views";
import { ActionMessage } from "./action-message";
import { FlightForm } from "./flight-form";
import { flightFormOf } from "./flight-form-values";

/** "Correct flight details" while the booking is flight booked; may email the customer the new flight. */
export function FlightCorrection({ reference, flight }: { reference: string; flight: FlightDetails }) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <div className="grid gap-2">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" className="justify-self-start" onClick={() => setResult(null)}>
            Correct flight details
          </Button>
        </DialogTrigger>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Correct the flight details</DialogTitle>
            <DialogDescription>
              Type each time as the airline gives it, local to its airport: the airport sets the time zone.
            </DialogDescription>
          </DialogHeader>
          <FlightForm
            idPrefix="flight-correction"
            defaultValues={flightFormOf(flight)}
            submitLabel="Save flight details"
            notifyLabel="Email the customer the corrected details"
            onSubmit={(input) => updateFlightAction(reference, input)}
            onCancel={() => setOpen(false)}
            onSaved={(saved) => {
              setResult(saved);
              setOpen(false);
            }}
          />
        </DialogContent>
      </Dialog>
      <ActionMessage result={result} />
    </div>
  );
}
