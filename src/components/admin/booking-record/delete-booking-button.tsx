"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteBookingAction } from "@/actions/booking-record";
import { ConfirmDialog } from "@/components/form/confirm-dialog";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "./action-message";
import { useRecordAction } from "./use-record-action";

/** Admins: takes the booking out of the table after a confirmation; it stays restorable for a while. */
export function DeleteBookingButton({ reference, restoreDays }: { reference: string; restoreDays: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, result, run } = useRecordAction();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="outline" className="text-destructive">
          Delete booking
        </Button>
      }
      title={`Delete booking ${reference}?`}
      description={`It leaves the bookings table and the customer's portal. An admin can restore it from Deleted bookings for ${restoreDays} days.`}
      cancelLabel="Keep it"
      confirmLabel="Delete booking"
      pendingLabel="Deleting…"
      pending={pending}
      onConfirm={() =>
        run(
          () => deleteBookingAction(reference),
          (answer) => answer.ok && router.push(`/admin?${new URLSearchParams({ removed: reference })}`),
        )
      }
    >
      <ActionMessage result={result} />
    </ConfirmDialog>
  );
}
