"use client";

import { Columns3Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import {
  ALWAYS_VISIBLE_COLUMNS,
  BOOKING_TABLE_COLUMNS,
  type BookingTableColumn,
} from "@/contracts/preferences/table-columns";
import { COLUMN_LABELS } from "./columns";

/** Show or hide columns; the table remembers the choice for this person. */
export function ColumnMenu({
  visible,
  onChange,
}: {
  visible: readonly BookingTableColumn[];
  onChange: (next: BookingTableColumn[]) => void;
}) {
  const hideable = BOOKING_TABLE_COLUMNS.filter((id) => !ALWAYS_VISIBLE_COLUMNS.includes(id));
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">
          <Columns3Icon aria-hidden /> Columns
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        {hideable.map((id) => (
          <DropdownMenuCheckboxItem
            key={id}
            checked={visible.includes(id)}
            // Keep the menu open: people usually change several columns at once.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) =>
              onChange(checked ? [...visible, id] : visible.filter((column) => column !== id))
            }
          >
            {COLUMN_LABELS[id]}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
