"use client";

import type { ActionResult } from "@/contracts/action-result";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { controlProps, Field } from "@/components/form/field";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { FlightDetailsInput } from "@/contracts/bookings/record-schemas";
import { flightFormSchema, formFieldOf, UTC_OFFSETS, type FlightFormValues } from "./flight-form-values";
import { NotifyCheckbox } from "./notify-checkbox";

type FlightFormProps = {
  idPrefix: string;
  defaultValues: FlightFormValues;
  submitLabel: string;
  notifyLabel: string;
  onSubmit: (input: { flight: FlightDetailsInput; notifyCustomer: boolean }) => Promise<ActionResult>;
  onSaved: (result: ActionResult) => void;
};

/** Airline, flight number and both ends of the flight, each time local to its airport with its offset. */
export function FlightForm({ idPrefix, defaultValues, submitLabel, notifyLabel, onSubmit, onSaved }: FlightFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, formState } = useZodForm(flightFormSchema, { defaultValues });
  const { errors, isSubmitting } = formState;
  const id = (name: string) => `${idPrefix}-${name}`;
  const error = (name: keyof FlightFormValues) => errors[name]?.message;

  const submit = handleSubmit(async (input) => {
    setFormError(null);
    let result: ActionResult;
    try {
      result = await onSubmit(input);
    } catch {
      result = {
        ok: false,
        message: "We could not reach the server. Check your connection and try again; the details are kept.",
      };
    }
    if (result.ok) return onSaved(result);
    setFormError(result.message);
    for (const [path, message] of Object.entries(result.fields ?? {})) {
      if (path.startsWith("flight.")) setError(formFieldOf(path), { type: "server", message });
    }
  });

  const text = (
    name: "airline" | "flightNumber" | "departureAirport" | "arrivalAirport" | "airWaybill",
    label: string,
    extra: { hint?: string; optional?: boolean; className?: string } = {},
  ) => (
    <Field
      id={id(name)}
      label={label}
      error={error(name)}
      hint={extra.hint}
      optional={extra.optional}
      className={extra.className}
    >
      <Input autoComplete="off" {...controlProps(id(name), error(name), extra.hint)} {...register(name)} />
    </Field>
  );
  const time = (end: "departure" | "arrival", label: string) => {
    const local = `${end}Local` as const;
    const offset = `${end}Offset` as const;
    return (
      <div className="grid gap-2 sm:col-span-2 sm:grid-cols-[1fr_9rem]">
        <Field id={id(local)} label={`${label} (local time)`} error={error(local)}>
          <Input type="datetime-local" {...controlProps(id(local), error(local))} {...register(local)} />
        </Field>
        <Controller
          control={control}
          name={offset}
          render={({ field }) => (
            <Field id={id(offset)} label={`${label} time zone`}>
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger ref={field.ref} id={id(offset)}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {UTC_OFFSETS.map((value) => (
                    <SelectItem key={value} value={value}>
                      UTC{value}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </Field>
          )}
        />
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("airline", "Airline")}
        {text("flightNumber", "Flight number", { hint: "Such as EK 1 or QR1017" })}
        {text("departureAirport", "Departure airport", { hint: "IATA code, such as DXB" })}
        {text("arrivalAirport", "Arrival airport", { hint: "IATA code, such as LHR" })}
        {time("departure", "Departure")}
        {time("arrival", "Arrival")}
        {text("airWaybill", "Air waybill", { optional: true, className: "sm:col-span-2" })}
      </div>
      <Controller
        control={control}
        name="notifyCustomer"
        render={({ field }) => (
          <NotifyCheckbox id={id("notify")} checked={field.value} onChange={field.onChange} label={notifyLabel} />
        )}
      />
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
