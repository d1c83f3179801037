import { get, type FieldErrors, type FieldValues } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** The message of the error at a dotted path ("pets.0.name"), if any. */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  const error: { message?: unknown } | undefined = get(errors, path);
  const message = error?.message;
  return typeof message === "string" ? message : undefined;
}

/** Accessibility wiring for a control: its id, invalid state and the texts that describe it. */
export function controlProps(id: string, error?: string, hint?: string) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  className?: string;
  children: React.ReactNode;
};

/**
 * Label, control, hint and inline error, in the order a screen reader and a sighted person expect.
 * Packed at the top (content-start): side by side in a grid row, a field is stretched to its neighbour's
 * height, and without it the spare height of a neighbour's hint or error spread into this field's label
 * row and pushed its input ~10 px lower than the neighbour's.
 */
export function Field({ id, label, error, hint, optional, className, children }: FieldProps) {
  return (
    <div className={cn("grid content-start gap-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {optional && <span className="font-normal text-muted-foreground"> (optional)</span>}
      </Label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-destructive">
      {message}
    </p>
  );
}

type ChoiceGroupProps = {
  legend: string;
  error?: string;
  errorId: string;
  children: React.ReactNode;
  className?: string;
};

/** A fieldset for radio groups: the legend names the group, the error follows it. */
export function ChoiceGroup({ legend, error, errorId, children, className }: ChoiceGroupProps) {
  return (
    <fieldset className={cn("grid content-start gap-2", className)}>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
