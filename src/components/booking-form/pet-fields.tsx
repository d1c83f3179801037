"use client";

import { Trash2Icon } from "lucide-react";
import { Controller, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ChoiceGroup, controlProps, errorAt, Field } from "@/components/form/field";
import { useBookingFields } from "./booking-fields";

const speciesOptions = [
  { value: "dog", label: "Dog" },
  { value: "cat", label: "Cat" },
  { value: "other", label: "Other" },
] as const;

const toOptionalNumber = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : Number(value);

type PetFieldsProps = {
  index: number;
  onRemove?: () => void;
  /** What only one form adds to each pet's card (the public form's documents). */
  children?: React.ReactNode;
  /**
   * A pet added after a failed submit: react-hook-form checks the whole list again when a pet is added
   * to a submitted form, which would mark every empty field of the new card at once. Its fields' errors
   * wait until the person types in that field or submits again.
   */
  holdErrors?: boolean;
};

const isBlank = (value: unknown) => value === undefined || value === null || value === "";

export function PetFields({ index, onRemove, children, holdErrors = false }: PetFieldsProps) {
  const { control, register, errors } = useBookingFields();
  const pet: Record<string, unknown> | undefined = useWatch({ control, name: `pets.${index}` });
  const id = (name: string) => `pets-${index}-${name}`;
  const error = (name: string) =>
    holdErrors && isBlank(pet?.[name]) ? undefined : errorAt(errors, `pets.${index}.${name}`);
  const title = `Pet ${index + 1}`;
  return (
    <section aria-labelledby={id("title")} className="space-y-4 rounded-xl border bg-card p-4 sm:p-5">
      <div className="flex items-center justify-between gap-2">
        <h3 id={id("title")} className="font-semibold">
          {title}
        </h3>
        {onRemove && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={onRemove}
            aria-label={`Remove ${title.toLowerCase()}`}
          >
            <Trash2Icon aria-hidden /> Remove
          </Button>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("name")} label="Pet's name" error={error("name")}>
          <Input {...controlProps(id("name"), error("name"))} autoComplete="off" {...register(`pets.${index}.name`)} />
        </Field>
        <Controller
          control={control}
          name={`pets.${index}.species`}
          render={({ field }) => (
            <ChoiceGroup legend="Species" error={error("species")} errorId={id("species-error")}>
              <RadioGroup
                ref={field.ref}
                value={field.value ?? ""}
                onValueChange={field.onChange}
                className="flex flex-wrap gap-4"
                aria-invalid={error("species") ? true : undefined}
                aria-describedby={error("species") ? id("species-error") : undefined}
              >
                {speciesOptions.map((option) => (
                  <div key={option.value} className="flex items-center gap-2">
                    <RadioGroupItem value={option.value} id={id(`species-${option.value}`)} />
                    <Label htmlFor={id(`species-${option.value}`)} className="font-normal">
                      {option.label}
                    </Label>
                  </div>
                ))}
              </RadioGroup>
            </ChoiceGroup>
          )}
        />
        <Field id={id("breed")} label="Breed" optional error={error("breed")}>
          <Input {...controlProps(id("breed"), error("breed"))} {...register(`pets.${index}.breed`)} />
        </Field>
        <Controller
          control={control}
          name={`pets.${index}.sex`}
          render={({ field }) => (
            <Field id={id("sex")} label="Sex" optional error={error("sex")}>
              <Select value={field.value ?? ""} onValueChange={field.onChange}>
                <SelectTrigger ref={field.ref} {...controlProps(id("sex"), error("sex"))}>
                  <SelectValue placeholder="Choose" />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="male">Male</SelectItem>
                  <SelectItem value="female">Female</SelectItem>
                  <SelectItem value="unknown">Not sure</SelectItem>
                </SelectContent>
              </Select>
            </Field>
          )}
        />
        <Field id={id("dateOfBirth")} label="Date of birth" optional error={error("dateOfBirth")}>
          <Input
            type="date"
            {...controlProps(id("dateOfBirth"), error("dateOfBirth"))}
            {...register(`pets.${index}.dateOfBirth`, { setValueAs: (v: string) => v || undefined })}
          />
        </Field>
        <Field id={id("weightKg")} label="Weight in kg" optional error={error("weightKg")}>
          <Input
            type="number"
            inputMode="decimal"
            step="0.01"
            min="0.01"
            max="150"
            {...controlProps(id("weightKg"), error("weightKg"))}
            {...register(`pets.${index}.weightKg`, { setValueAs: toOptionalNumber })}
          />
        </Field>
        <Field
          id={id("microchip")}
          label="Microchip number"
          optional
          hint="15 digits, on the pet's passport or vaccination card"
          error={error("microchip")}
          className="sm:col-span-2"
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            {...controlProps(id("microchip"), error("microchip"), "hint")}
            {...register(`pets.${index}.microchip`)}
          />
        </Field>
        <Field
          id={id("notes")}
          label="Health or temperament notes"
          optional
          error={error("notes")}
          className="sm:col-span-2"
        >
          <Textarea rows={2} {...controlProps(id("notes"), error("notes"))} {...register(`pets.${index}.notes`)} />
        </Field>
      </div>
      {children}
    </section>
  );
}
