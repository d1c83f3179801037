"use client";

import type { ActionResult } from "@/contracts/action-result";
import { zodResolver } from "@hookform/resolvers/zod";
import { PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useFieldArray, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { loadBookingForEditAction, updateBookingAction } from "@/actions/booking-record";
import { BookingFieldsProvider } from "@/components/booking-form/booking-fields";
import { OwnerFields } from "@/components/booking-form/owner-fields";
import { PetFields } from "@/components/booking-form/pet-fields";
import { RouteFields } from "@/components/booking-form/route-fields";
import { controlProps, errorAt, Field } from "@/components/form/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { updateBookingSchema } from "@/contracts/bookings/record-schemas";
import { MAX_PETS } from "@/contracts/bookings/schemas";
import { ConflictNotice } from "./conflict-notice";
import {
  changedSections,
  editInputOf,
  rebaseEdits,
  type EditPet,
  type EditValues,
} from "@/contracts/bookings/edit-values";

type EditBookingFormProps = {
  reference: string;
  /** The booking the form opens with; after a refused save the form loads the newer one itself. */
  version: number;
  current: EditValues;
  names: Map<string, string>;
  onSaved: (result: ActionResult) => void;
  onCancel: () => void;
};

type Conflict = { message: string; details?: Record<string, unknown> };

const newPet: EditPet = { name: "", species: undefined as never, breed: "", microchip: "", notes: "" };

/**
 * The admins' edit of a booking, with the booking form's own fields and rules. It remembers the version
 * it started from; if a colleague saved since, the save is refused, their changes are shown, and this
 * person's edits stay in the form to be laid over the fresh booking.
 */
export function EditBookingForm({ reference, version, current, names, onSaved, onCancel }: EditBookingFormProps) {
  const router = useRouter();
  const [base, setBase] = useState({ values: current, version });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [reloading, startReload] = useTransition();
  // The resolver checks only the parts that changed, as the server will: an untouched travel date
  // that is now in the past does not block correcting a phone number.
  const baseRef = useRef(base);
  useEffect(() => {
    baseRef.current = base;
  }, [base]);
  const validate = zodResolver(updateBookingSchema);
  const resolver: Resolver<EditValues> = (values, context, options) =>
    validate(editInputOf(baseRef.current.values, values, baseRef.current.version), context, options as never) as never;
  const form = useForm<EditValues>({ resolver, defaultValues: current, mode: "onSubmit", reValidateMode: "onChange" });
  const { control, register, handleSubmit, setError, reset, getValues, formState } = form;
  const { errors, isSubmitting } = formState;
  const pets = useFieldArray({ control, name: "pets", keyName: "key" });

  // After a refused save: the booking as it is now becomes the base, with this person's edits on top.
  const reload = () =>
    startReload(async () => {
      const fresh = await loadBookingForEditAction(reference).catch(() => ({
        ok: false as const,
        message: "We could not reach the server. Your edits are still here; try again.",
      }));
      if (!fresh.ok) return setFormError(fresh.message);
      reset(rebaseEdits(base.values, getValues(), fresh.data.values));
      setBase(fresh.data);
      setConflict(null);
      setFormError(null);
      router.refresh();
    });

  // The resolver's output is only the changed parts; what is compared and sent is the whole form.
  const onSubmit = handleSubmit(async () => {
    const values = getValues();
    setFormError(null);
    setConflict(null);
    if (changedSections(base.values, values).length === 0)
      return onSaved({ ok: true, data: undefined, message: "Nothing had changed, so nothing was saved." });
    let result: ActionResult;
    try {
      result = await updateBookingAction(reference, editInputOf(base.values, values, base.version));
    } catch {
      result = {
        ok: false,
        message: "We could not reach the server. Check your connection and save again; your edits are kept.",
      };
    }
    if (result.ok) return onSaved(result);
    if (result.details?.changesSince) return setConflict({ message: result.message, details: result.details });
    setFormError(result.message);
    for (const [path, message] of Object.entries(result.fields ?? {})) {
      setError(path as FieldPath<EditValues>, { type: "server", message }, { shouldFocus: true });
    }
  });

  const requestsError = errorAt(errors, "specialRequests");
  return (
    // The booking form's sections address customer.*, route.* and pets.N.*, which this form shares.
    <BookingFieldsProvider form={form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-8" aria-label={`Edit booking ${reference}`}>
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            details={conflict.details}
            names={names}
            reloading={reloading}
            onReload={reload}
          />
        )}
        {formError && (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        )}
        <OwnerFields title="Customer details" />
        <RouteFields title="Route, travel date and service" />
        <Field id="specialRequests" label="Special requests" optional error={requestsError}>
          <Textarea rows={3} {...controlProps("specialRequests", requestsError)} {...register("specialRequests")} />
        </Field>
        <section aria-labelledby="edit-pets-heading" className="grid gap-4">
          <h2 id="edit-pets-heading" className="text-xl font-semibold">
            Pets
          </h2>
          {pets.fields.map((pet, index) => (
            <PetFields
              key={pet.key}
              index={index}
              onRemove={pets.fields.length > 1 ? () => pets.remove(index) : undefined}
            />
          ))}
          <p className="text-sm font-medium text-destructive">
            {errorAt(errors, "pets.root") ?? errorAt(errors, "pets")}
          </p>
          {pets.fields.length < MAX_PETS && (
            <Button
              type="button"
              variant="outline"
              className="justify-self-start"
              onClick={() => pets.append(newPet, { focusName: `pets.${pets.fields.length}.name` })}
            >
              <PlusIcon aria-hidden /> Add a pet
            </Button>
          )}
        </section>
        <div className="flex flex-col-reverse gap-2 border-t pt-4 sm:flex-row sm:justify-end">
          <Button type="button" variant="outline" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={isSubmitting || reloading}>
            {isSubmitting ? "Saving…" : "Save changes"}
          </Button>
        </div>
      </form>
    </BookingFieldsProvider>
  );
}
