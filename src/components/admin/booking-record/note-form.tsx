"use client";

import type { ActionResult } from "@/contracts/action-result";
import type { z } from "zod";
import { controlProps, Field } from "@/components/form/field";
import { useZodForm } from "@/components/form/use-zod-form";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { noteBodySchema } from "@/contracts/bookings/record-schemas";

type NoteValues = z.input<typeof noteBodySchema>;

type NoteFormProps = {
  id: string;
  label: string;
  submitLabel: string;
  defaultBody?: string;
  onSubmit: (values: NoteValues) => Promise<ActionResult>;
  onDone: (result: ActionResult) => void;
  onCancel?: () => void;
};

/** A note's text: the same rule as the server (not blank, at most 5,000 characters), its refusal inline. */
export function NoteForm({ id, label, submitLabel, defaultBody = "", onSubmit, onDone, onCancel }: NoteFormProps) {
  const { register, handleSubmit, setError, reset, formState } = useZodForm(noteBodySchema, {
    defaultValues: { body: defaultBody },
  });
  const { errors, isSubmitting } = formState;
  const submit = handleSubmit(async (values) => {
    let result: ActionResult;
    try {
      result = await onSubmit(values);
    } catch {
      result = {
        ok: false,
        message: "We could not reach the server. Check your connection and try again; your note is kept.",
      };
    }
    if (!result.ok) return setError("body", { type: "server", message: result.fields?.body ?? result.message });
    reset({ body: defaultBody ? values.body : "" });
    onDone(result);
  });
  return (
    <form onSubmit={submit} noValidate className="grid gap-2">
      <Field id={id} label={label} error={errors.body?.message}>
        <Textarea rows={3} {...controlProps(id, errors.body?.message)} {...register("body")} />
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
