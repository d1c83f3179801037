"use client";

import { useState, useTransition } from "react";
import { saveViewAction } from "@/actions/bookings-table";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SAVED_VIEW_NAME_MAX } from "@/contracts/saved-views/schemas";

type SaveViewDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; query: string; onSaved: (name: string) => void };

/** Names the current view (filters, sort, columns) and saves it, for oneself or for the team. */
export function SaveViewDialog({ open, onOpenChange, query, onSaved }: SaveViewDialogProps) {
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, startSaving] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startSaving(async () => {
      const result = await saveViewAction({ name, shared, query });
      if (result.ok) {
        setName("");
        setShared(false);
        setErrors({});
        onSaved(result.data.name);
        onOpenChange(false);
      } else {
        setErrors({ form: result.message, ...result.fields });
      }
    });
  }

  const nameError = errors.name;
  const formError = nameError ? undefined : (errors.query ?? errors.form);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Save this view</DialogTitle>
            <DialogDescription>Its filters, sort and columns, to open again from Saved views.</DialogDescription>
          </DialogHeader>
          <div className="space-y-1.5">
            <Label htmlFor="view-name">View name</Label>
            <Input
              id="view-name"
              value={name}
              maxLength={SAVED_VIEW_NAME_MAX + 20}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? "view-name-error" : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {nameError && <p id="view-name-error" className="text-sm text-destructive">{nameError}</p>}
          </div>
          <div className="flex items-center gap-2">
            <Checkbox id="view-shared" checked={shared} onCheckedChange={(checked) => setShared(checked === true)} />
            <Label htmlFor="view-shared" className="font-normal">Share with the team</Label>
          </div>
          {formError && <p role="alert" className="text-sm text-destructive">{formError}</p>}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" disabled={saving}>{saving ? "Saving…" : "Save view"}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
