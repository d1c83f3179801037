"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";

type Option<T extends string> = { value: T; label: string; hint?: string };

/** A fieldset of checkboxes where several values may be chosen at once. */
export function CheckboxGroup<T extends string>({
  legend,
  idPrefix,
  options,
  selected,
  onChange,
}: {
  legend: string;
  idPrefix: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium">{legend}</legend>
      <ul className="space-y-1">
        {options.map((option) => {
          const id = `${idPrefix}-${option.value}`;
          const checked = selected.includes(option.value);
          return (
            <li key={option.value} className="flex items-center gap-2">
              <Checkbox
                id={id}
                checked={checked}
                onCheckedChange={(next) =>
                  onChange(
                    next === true ? [...selected, option.value] : selected.filter((value) => value !== option.value),
                  )
                }
              />
              <Label htmlFor={id} className="font-normal">
                {option.label}
                {option.hint && <span className="ml-1 text-muted-foreground tabular-nums">({option.hint})</span>}
              </Label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
