"use client";

import { Controller } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { ChoiceGroup, controlProps, errorAt, Field } from "@/components/form/field";
import { useBookingFields } from "./booking-fields";

type SectionProps = {
  /** The section's heading; the back office's edit form words it for the team, not the customer. */
  title?: string;
};

const contactOptions = [
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone call" },
  { value: "whatsapp", label: "WhatsApp" },
] as const;

export function OwnerFields({ title = "About you" }: SectionProps) {
  const { control, register, errors } = useBookingFields();
  const error = (name: string) => errorAt(errors, `customer.${name}`);
  return (
    <section aria-labelledby="owner-heading" className="space-y-4">
      <h2 id="owner-heading" className="text-xl font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="customer-name" label="Full name" error={error("name")} className="sm:col-span-2">
          <Input autoComplete="name" {...controlProps("customer-name", error("name"))} {...register("customer.name")} />
        </Field>
        <Field id="customer-email" label="Email" error={error("email")}>
          <Input
            type="email"
            autoComplete="email"
            {...controlProps("customer-email", error("email"))}
            {...register("customer.email")}
          />
        </Field>
        <Field
          id="customer-phone"
          label="Phone"
          hint="With the country code, such as +971 50 123 4567"
          error={error("phone")}
        >
          <Input
            type="tel"
            autoComplete="tel"
            {...controlProps("customer-phone", error("phone"), "hint")}
            {...register("customer.phone")}
          />
        </Field>
        <Field id="customer-whatsapp" label="WhatsApp number" optional error={error("whatsapp")}>
          <Input
            type="tel"
            autoComplete="tel"
            {...controlProps("customer-whatsapp", error("whatsapp"))}
            {...register("customer.whatsapp")}
          />
        </Field>
        <Controller
          control={control}
          name="customer.preferredContact"
          render={({ field }) => (
            <ChoiceGroup
              legend="Preferred contact method"
              error={error("preferredContact")}
              errorId="customer-preferredContact-error"
            >
              <RadioGroup
                ref={field.ref}
                value={field.value ?? "email"}
                onValueChange={field.onChange}
                className="flex flex-wrap gap-4"
              >
                {contactOptions.map((option) => (
                  <div key={option.value} className="flex items-center gap-2">
                    <RadioGroupItem value={option.value} id={`contact-${option.value}`} />
                    <Label htmlFor={`contact-${option.value}`} className="font-normal">
                      {option.label}
                    </Label>
                  </div>
                ))}
              </RadioGroup>
            </ChoiceGroup>
          )}
        />
      </div>
    </section>
  );
}

export type { SectionProps };
