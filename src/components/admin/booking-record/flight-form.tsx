"use client";

import type { ActionResult } from "@/contracts/action-result";
import { useEffect, useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { controlProps, Field } from "@/components/form/field";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { FlightDetailsInput } from "@/contracts/bookings/record-schemas";
import { offsetAtLocalTime } from "@/lib/dates";
import { zoneCity, zoneLabel } from "@/lib/format-date-time";
import { flightFormSchema, formFieldOf, UTC_OFFSETS, type FlightFormValues } from "./flight-form-values";
import { NotifyCheckbox } from "./notify-checkbox";
import { useAirportTimeZones } from "./use-airport-time-zones";

type FlightFormProps = {
  idPrefix: string;
  defaultValues: FlightFormValues;
  submitLabel: string;
  notifyLabel: string;
  onSubmit: (input: { flight: FlightDetailsInput; notifyCustomer: boolean }) => Promise<ActionResult>;
  onSaved: (result: ActionResult) => void;
  /** Closes the form without saving (its dialog's Cancel). */
  onCancel: () => void;
};

/**
 * Airline, flight number and both ends of the flight. People type each time as the airline gives it, local
 * to its airport; the airport's zone gives the offset (daylight saving included). Only for an airport we do
 * not know is the offset chosen by hand.
 */
export function FlightForm({
  idPrefix,
  defaultValues,
  submitLabel,
  notifyLabel,
  onSubmit,
  onSaved,
  onCancel,
}: FlightFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setValue, formState } = useZodForm(flightFormSchema, {
    defaultValues,
  });
  const { zoneOf } = useAirportTimeZones();
  const [departureAirport, departureLocal, arrivalAirport, arrivalLocal] = useWatch({
    control,
    name: ["departureAirport", "departureLocal", "arrivalAirport", "arrivalLocal"],
  });
  const ends = {
    departure: endZone(zoneOf, departureAirport, departureLocal),
    arrival: endZone(zoneOf, arrivalAirport, arrivalLocal),
  };
  const departureOffset = ends.departure.offset;
  const arrivalOffset = ends.arrival.offset;
  // The offset follows the airport and the date; the hidden value is what the schema reads.
  useEffect(() => {
    if (departureOffset) setValue("departureOffset", departureOffset);
  }, [departureOffset, setValue]);
  useEffect(() => {
    if (arrivalOffset) setValue("arrivalOffset", arrivalOffset);
  }, [arrivalOffset, setValue]);
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
    const zone = ends[end];
    return (
      <div className="grid gap-2 sm:col-span-2 sm:grid-cols-[1fr_12rem]">
        <Field id={id(local)} label={`${label} (local time)`} error={error(local)}>
          <Input type="datetime-local" {...controlProps(id(local), error(local))} {...register(local)} />
        </Field>
        {zone.state === "unknown" ? (
          <Controller
            control={control}
            name={offset}
            render={({ field }) => (
              <Field
                id={id(offset)}
                label={`${label} time zone`}
                hint="We do not know this airport's time zone: choose its offset from UTC."
              >
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger ref={field.ref} id={id(offset)} aria-describedby={`${id(offset)}-hint`}>
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
        ) : (
          <p id={id(`${end}-zone`)} aria-live="polite" className="self-end pb-2 text-sm text-muted-foreground">
            {zone.state === "known"
              ? zone.offset
                ? zoneLabel(zone.timeZone, zone.offset)
                : `${zoneCity(zone.timeZone)} time`
              : "The airport's code gives its time zone."}
          </p>
        )}
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
      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

type EndZone =
  | { state: "waiting"; offset?: undefined }
  | { state: "unknown"; offset?: undefined }
  | { state: "known"; timeZone: string; offset: string | null };

/** One end of the flight: its airport's zone, and the offset at the local time typed (once there is one). */
function endZone(zoneOf: (code: string) => string | null | undefined, airport: string, local: string): EndZone {
  if (!/^\s*[A-Za-z]{3}\s*$/.test(airport)) return { state: "waiting" };
  const timeZone = zoneOf(airport);
  if (timeZone === undefined) return { state: "waiting" };
  if (timeZone === null) return { state: "unknown" };
  return { state: "known", timeZone, offset: local ? offsetAtLocalTime(timeZone, local) : null };
}
