"use client";

import { Controller } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { SERVICE_TYPE_LABELS } from "@/contracts/bookings/booking-choices";
import { SERVICE_TYPES } from "@/lib/enum-values";
import { CountryCombobox } from "@/components/form/country-combobox";
import { ChoiceGroup, controlProps, errorAt, Field } from "@/components/form/field";
import { useBookingFields } from "./booking-fields";
import type { SectionProps } from "./owner-fields";

export function RouteFields({ title = "The journey" }: SectionProps) {
  const { control, register, errors } = useBookingFields();
  const error = (name: string) => errorAt(errors, `route.${name}`);
  const country = (name: "originCountry" | "destinationCountry", label: string) => (
    <Controller
      control={control}
      name={`route.${name}`}
      render={({ field }) => (
        <Field id={`route-${name}`} label={label} error={error(name)}>
          <CountryCombobox
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            {...controlProps(`route-${name}`, error(name))}
          />
        </Field>
      )}
    />
  );
  return (
    <section aria-labelledby="route-heading" className="space-y-4">
      <h2 id="route-heading" className="text-xl font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {country("originCountry", "Origin country")}
        <Field id="route-originCity" label="Origin city" error={error("originCity")}>
          <Input
            autoComplete="off"
            {...controlProps("route-originCity", error("originCity"))}
            {...register("route.originCity")}
          />
        </Field>
        {country("destinationCountry", "Destination country")}
        <Field id="route-destinationCity" label="Destination city" error={error("destinationCity")}>
          <Input
            autoComplete="off"
            {...controlProps("route-destinationCity", error("destinationCity"))}
            {...register("route.destinationCity")}
          />
        </Field>
        <Field id="route-travelDate" label="Preferred travel date" error={error("travelDate")}>
          <Input
            type="date"
            {...controlProps("route-travelDate", error("travelDate"))}
            {...register("route.travelDate")}
          />
        </Field>
      </div>
      <Controller
        control={control}
        name="route.serviceType"
        render={({ field }) => (
          <ChoiceGroup legend="Service" error={error("serviceType")} errorId="route-serviceType-error">
            <RadioGroup
              ref={field.ref}
              value={field.value ?? ""}
              onValueChange={field.onChange}
              className="grid gap-2 sm:grid-cols-2"
              aria-invalid={error("serviceType") ? true : undefined}
              aria-describedby={error("serviceType") ? "route-serviceType-error" : undefined}
            >
              {SERVICE_TYPES.map((type) => (
                <Label
                  key={type}
                  htmlFor={`service-${type}`}
                  className="flex cursor-pointer items-center gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5"
                >
                  <RadioGroupItem value={type} id={`service-${type}`} />
                  {SERVICE_TYPE_LABELS[type]}
                </Label>
              ))}
            </RadioGroup>
          </ChoiceGroup>
        )}
      />
    </section>
  );
}
