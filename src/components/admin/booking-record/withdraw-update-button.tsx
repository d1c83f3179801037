"use client";

import { useState } from "react";
import { withdrawCustomerUpdateAction } from "@/actions/booking-record";
import { ConfirmDialog } from "@/components/form/confirm-dialog";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "./action-message";
import { useRecordAction } from "./use-record-action";

/** An admin withdraws a wrong update for the customer: no journey shows it any more; the timeline keeps it. */
export function WithdrawUpdateButton({ reference, updateId }: { reference: string; updateId: string }) {
  const [open, setOpen] = useState(false);
  const withdrawal = useRecordAction();
  return (
    <div className="grid gap-1">
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant="outline" size="sm" className="w-fit" disabled={withdrawal.pending}>
            Withdraw
          </Button>
        }
        title="Withdraw this update?"
        description="The customer no longer sees it on their booking page or the tracking page. An email already sent cannot be taken back."
        cancelLabel="Keep it"
        confirmLabel="Withdraw update"
        pendingLabel="Withdrawing…"
        pending={withdrawal.pending}
        onConfirm={() => {
          setOpen(false);
          withdrawal.run(() => withdrawCustomerUpdateAction(reference, updateId));
        }}
      />
      {withdrawal.result && !withdrawal.result.ok && <ActionMessage result={withdrawal.result} />}
    </div>
  );
}
