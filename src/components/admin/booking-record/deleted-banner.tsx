"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { purgeBookingAction, restoreBookingAction } from "@/actions/booking-record";
import { ConfirmDialog } from "@/components/form/confirm-dialog";
import { controlProps, Field } from "@/components/form/field";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ActionMessage } from "./action-message";
import { useRecordAction } from "./use-record-action";

type DeletedBannerProps = { reference: string; deletedOn: string; restoreUntil: string };

/**
 * A deleted booking, as admins see it: restore it, or remove it for good (a data-removal request),
 * which asks for the reference to be typed so it is never one careless click.
 */
export function DeletedBanner({ reference, deletedOn, restoreUntil }: DeletedBannerProps) {
  const router = useRouter();
  const { pending, result, run } = useRecordAction();
  const [typed, setTyped] = useState("");
  const purge = useRecordAction();
  return (
    <Alert variant="destructive" role="region" aria-label="Deleted booking">
      <AlertTitle>This booking was deleted on {deletedOn}</AlertTitle>
      <AlertDescription className="grid gap-3">
        {/* The server has the last word on the deadline: after it, Restore answers why not. */}
        <p>It is hidden from the table and from the customer. It can be restored until {restoreUntil}.</p>
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" disabled={pending} onClick={() => run(() => restoreBookingAction(reference))}>
            {pending ? "Restoring…" : "Restore booking"}
          </Button>
          <ConfirmDialog
            onOpenChange={() => setTyped("")}
            trigger={<Button variant="destructive">Delete permanently…</Button>}
            title={`Delete ${reference} permanently?`}
            description="The booking, its pets, notes, timeline and emails are removed for good, and the customer too when they have no other booking. Only an audit line with the reference remains. This cannot be undone."
            cancelLabel="Cancel"
            confirmLabel="Delete permanently"
            pendingLabel="Deleting…"
            pending={purge.pending}
            confirmDisabled={typed.trim() !== reference}
            onConfirm={() =>
              purge.run(
                () => purgeBookingAction(reference),
                (answer) =>
                  answer.ok && router.push(`/admin?${new URLSearchParams({ deleted: "true", purged: reference })}`),
              )
            }
          >
            <Field id="purge-confirm" label={`Type ${reference} to confirm`}>
              <Input
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                {...controlProps("purge-confirm")}
              />
            </Field>
            <ActionMessage result={purge.result} />
          </ConfirmDialog>
        </div>
        <ActionMessage result={result} className="text-current" />
      </AlertDescription>
    </Alert>
  );
}
