"use client";

/**
 * The table's selection checkboxes (one per row, one for the page): a native input, drawn like the Checkbox
 * component by the `select-checkbox` utility (globals.css). A page has up to 100 of them, and the native one
 * is one element with no hooks where the Radix one renders a button, a hidden input and a dozen hooks.
 */
export function SelectCheckbox({
  label,
  checked,
  indeterminate = false,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="select-checkbox"
      checked={checked}
      // "Some selected" exists only as a property of the element, not as an attribute.
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
