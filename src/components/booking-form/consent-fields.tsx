"use client";

import Link from "next/link";
import { Controller, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { controlProps, errorAt, Field, FieldError } from "@/components/form/field";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { CreateBookingFormValues } from "@/contracts/bookings/schemas";

/** Only the public form asks for consent, so this section takes that form's own parts. */
type ConsentFieldsProps = {
  control: Control<CreateBookingFormValues>;
  register: UseFormRegister<CreateBookingFormValues>;
  errors: FieldErrors<CreateBookingFormValues>;
};

export function ConsentFields({ control, register, errors }: ConsentFieldsProps) {
  const requestsError = errorAt(errors, "specialRequests");
  const consentError = errorAt(errors, "consent");
  return (
    <section aria-labelledby="extras-heading" className="space-y-4">
      <h2 id="extras-heading" className="text-xl font-semibold">
        Anything else
      </h2>
      <Field id="specialRequests" label="Special requests" optional error={requestsError}>
        <Textarea rows={3} {...controlProps("specialRequests", requestsError)} {...register("specialRequests")} />
      </Field>
      <Controller
        control={control}
        name="consent"
        render={({ field }) => (
          <div className="grid gap-1.5">
            <div className="flex items-start gap-3">
              <Checkbox
                ref={field.ref}
                checked={field.value === true}
                onCheckedChange={(checked) => field.onChange(checked === true)}
                onBlur={field.onBlur}
                {...controlProps("consent", consentError)}
              />
              <Label htmlFor="consent" className="leading-snug font-normal">
                I agree to the privacy notice and to being contacted about this booking.
              </Label>
            </div>
            <p className="pl-8 text-xs text-muted-foreground">
              <Link href="/privacy" className="text-primary underline-offset-4 hover:underline" target="_blank">
                Read the privacy notice
              </Link>
            </p>
            <FieldError id="consent-error" message={consentError} />
          </div>
        )}
      />
    </section>
  );
}
