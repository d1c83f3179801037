"use client";

import { CheckIcon, ChevronsUpDownIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { CountryFlag } from "@/components/ui/country-flag";
import { countriesByEnglishName, countryName } from "@/lib/countries";
import { cn } from "@/lib/utils";

type CountryComboboxProps = {
  id: string;
  value: string | undefined;
  onChange: (code: string) => void;
  onBlur?: () => void;
  ref?: React.Ref<HTMLButtonElement>;
  placeholder?: string;
  /** Offers an item that empties the choice (onChange("")), for filters where "any" is a choice. */
  clearLabel?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/** A searchable list of every ISO 3166 country: type part of the name or the code. */
export function CountryCombobox({
  id,
  value,
  onChange,
  onBlur,
  ref,
  placeholder = "Choose a country",
  clearLabel,
  ...aria
}: CountryComboboxProps) {
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) onBlur?.();
      }}
    >
      <PopoverTrigger asChild>
        <Button
          ref={ref}
          id={id}
          type="button"
          variant="outline"
          role="combobox"
          aria-expanded={open}
          className={cn(
            "w-full justify-between font-normal aria-invalid:border-destructive",
            !value && "text-muted-foreground",
          )}
          {...aria}
        >
          {value ? (
            <span className="flex min-w-0 items-center gap-2">
              <CountryFlag code={value} decorative />
              <span className="truncate">{countryName(value)}</span>
            </span>
          ) : (
            <span className="truncate">{placeholder}</span>
          )}
          <ChevronsUpDownIcon className="opacity-50" aria-hidden />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-(--radix-popover-trigger-width) min-w-64 p-0">
        <Command
          filter={(itemValue, search) => (itemValue.toLowerCase().includes(search.trim().toLowerCase()) ? 1 : 0)}
        >
          <CommandInput placeholder="Search countries…" aria-label="Search countries" />
          <CommandList>
            <CommandEmpty>No country matches.</CommandEmpty>
            {clearLabel && (
              <CommandItem
                value={clearLabel}
                onSelect={() => {
                  onChange("");
                  setOpen(false);
                }}
              >
                {clearLabel}
                <CheckIcon className={cn("ml-auto", value ? "opacity-0" : "opacity-100")} aria-hidden />
              </CommandItem>
            )}
            {countriesByEnglishName().map((country) => (
              <CommandItem
                key={country.code}
                value={`${country.name} ${country.code}`}
                onSelect={() => {
                  onChange(country.code);
                  setOpen(false);
                }}
              >
                <CountryFlag code={country.code} decorative />
                {country.name}
                {/* Seen beside the name; left out of the option's name, which is the country's. */}
                <span aria-hidden="true" className="text-xs text-muted-foreground">
                  {country.code}
                </span>
                <CheckIcon
                  className={cn("ml-auto", value === country.code ? "opacity-100" : "opacity-0")}
                  aria-hidden
                />
              </CommandItem>
            ))}
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}
