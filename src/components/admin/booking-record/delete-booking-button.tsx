"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteBookingAction } from "@/actions/booking-record";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ActionMessage } from "./action-message";
import { useRecordAction } from "./use-record-action";

/** Admins: takes the booking out of the table after a confirmation; it stays restorable for a while. */
export function DeleteBookingButton({ reference, restoreDays }: { reference: string; restoreDays: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, result, run } = useRecordAction();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" className="text-destructive">Delete booking</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete booking {reference}?</DialogTitle>
          <DialogDescription>
            It leaves the bookings table and the customer&apos;s portal. An admin can restore it from Deleted bookings for {restoreDays} days.
          </DialogDescription>
        </DialogHeader>
        <ActionMessage result={result} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep it</Button>
          </DialogClose>
          <Button
            variant="destructive"
            disabled={pending}
            onClick={() =>
              run(
                () => deleteBookingAction(reference),
                (answer) => answer.ok && router.push(`/admin?${new URLSearchParams({ removed: reference })}`),
              )
            }
          >
            {pending ? "Deleting…" : "Delete booking"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
