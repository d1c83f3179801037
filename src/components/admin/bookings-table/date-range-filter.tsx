"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Range = { from: string | undefined; to: string | undefined };

/**
 * From/to dates of one filter. A range that ends before it starts stays in the fields with a message
 * instead of reaching the URL (the server would refuse it too).
 */
export function DateRangeFilter({
  label,
  idPrefix,
  value,
  onChange,
}: {
  label: string;
  idPrefix: string;
  value: Range;
  onChange: (range: Range) => void;
}) {
  const [draft, setDraft] = useState<Range>(value);
  const [seen, setSeen] = useState(value);
  if (value.from !== seen.from || value.to !== seen.to) {
    setSeen(value);
    setDraft(value);
  }
  const backwards = Boolean(draft.from && draft.to && draft.from > draft.to);
  const errorId = `${idPrefix}-error`;

  function change(next: Range) {
    setDraft(next);
    if (!(next.from && next.to && next.from > next.to)) onChange(next);
  }

  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="grid grid-cols-2 gap-2">
        {(["from", "to"] as const).map((end) => (
          <div key={end} className="space-y-1">
            <Label htmlFor={`${idPrefix}-${end}`} className="text-xs text-muted-foreground">
              {`${label} ${end}`}
            </Label>
            <Input
              id={`${idPrefix}-${end}`}
              type="date"
              value={draft[end] ?? ""}
              aria-invalid={backwards || undefined}
              aria-describedby={backwards ? errorId : undefined}
              onChange={(event) => change({ ...draft, [end]: event.target.value || undefined })}
            />
          </div>
        ))}
      </div>
      {backwards && (
        <p id={errorId} className="text-sm text-destructive">
          The end date must be on or after the start date.
        </p>
      )}
    </fieldset>
  );
}
