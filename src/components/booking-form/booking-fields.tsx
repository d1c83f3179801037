"use client";

import { FormProvider, useFormContext, useFormState, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { CreateBookingFormValues } from "@/contracts/bookings/schemas";

/** What the owner, route and pet sections read and write; the public form and the admins' edit form both hold it. */
export type BookingFieldValues = Pick<CreateBookingFormValues, "customer" | "route" | "pets" | "specialRequests">;

type BookingFieldsProviderProps<T extends BookingFieldValues, TContext, TOutput extends FieldValues> = {
  form: UseFormReturn<T, TContext, TOutput>;
  children: React.ReactNode;
};

/**
 * Hands a form to the booking sections inside it. The form's values are checked against the sections'
 * here, where it is handed over, so every form that holds them shares the sections without a cast.
 */
export function BookingFieldsProvider<T extends BookingFieldValues, TContext, TOutput extends FieldValues>({
  form,
  children,
}: BookingFieldsProviderProps<T, TContext, TOutput>) {
  return <FormProvider {...form}>{children}</FormProvider>;
}

/** The surrounding form, as a booking section sees it, with its errors (the section re-renders when they change). */
export function useBookingFields() {
  const { control, register } = useFormContext<BookingFieldValues>();
  const { errors } = useFormState({ control });
  return { control, register, errors };
}
