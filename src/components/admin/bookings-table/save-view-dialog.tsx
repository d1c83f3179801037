"use client";

import { useState } from "react";
import { Controller } from "react-hook-form";
import { saveViewAction } from "@/actions/bookings-table";
import { useZodForm } from "@/components/form/use-zod-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createSavedViewInputSchema, SAVED_VIEW_NAME_MAX } from "@/contracts/saved-views/schemas";

// What the person fills in; the query is the table's own, checked by the server.
const saveViewFormSchema = createSavedViewInputSchema.pick({ name: true, shared: true });

type SaveViewDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  query: string;
  onSaved: (name: string) => void;
};

/** Names the current view (filters, sort, columns) and saves it, for oneself or for the team. */
export function SaveViewDialog({ open, onOpenChange, query, onSaved }: SaveViewDialogProps) {
  const { register, control, handleSubmit, setError, reset, formState } = useZodForm(saveViewFormSchema, {
    defaultValues: { name: "", shared: false },
  });
  // A refusal that is not about the name: shown under the form.
  const [formError, setFormError] = useState<string | null>(null);

  const submit = handleSubmit(
    async ({ name, shared }) => {
      setFormError(null);
      const result = await saveViewAction({ name, shared, query });
      if (result.ok) {
        reset();
        onSaved(result.data.name);
        onOpenChange(false);
      } else if (result.fields?.name) {
        setError("name", { type: "server", message: result.fields.name });
      } else {
        setFormError(result.fields?.query ?? result.message);
      }
    },
    () => setFormError(null),
  );

  const nameError = formState.errors.name?.message;
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
              maxLength={SAVED_VIEW_NAME_MAX + 20}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? "view-name-error" : undefined}
              {...register("name")}
            />
            {nameError && (
              <p id="view-name-error" className="text-sm text-destructive">
                {nameError}
              </p>
            )}
          </div>
          <Controller
            control={control}
            name="shared"
            render={({ field }) => (
              <div className="flex items-center gap-2">
                <Checkbox
                  id="view-shared"
                  ref={field.ref}
                  checked={field.value === true}
                  onCheckedChange={(checked) => field.onChange(checked === true)}
                  onBlur={field.onBlur}
                />
                <Label htmlFor="view-shared" className="font-normal">
                  Share with the team
                </Label>
              </div>
            )}
          />
          {!nameError && formError && (
            <p role="alert" className="text-sm text-destructive">
              {formError}
            </p>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? "Saving…" : "Save view"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
