"use client";

import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { TableHead, TableRow } from "@/components/ui/table";
import type { Sort, SortField } from "@/contracts/bookings/list-query";
import type { BookingColumn } from "./columns";
import { SelectCheckbox } from "./select-checkbox";

// Dates start newest first, text A to Z: what people want on a first click.
const FIRST_DIRECTION: Record<SortField, Sort["direction"]> = {
  reference: "asc",
  customerName: "asc",
  status: "asc",
  createdAt: "desc",
  updatedAt: "desc",
  travelDate: "asc",
};

type TableHeaderRowProps = {
  columns: readonly BookingColumn[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** The page's checkbox: every row selected, some, or none. */
  selection: { all: boolean; some: boolean; onChange: (checked: boolean) => void };
};

/** Column headings; a sortable one is a button, and the sorted one says which way (aria-sort). */
export function TableHeaderRow({ columns, sort, onSort, selection }: TableHeaderRowProps) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableHead scope="col">
        <SelectCheckbox
          label="Select every booking on this page"
          checked={selection.all}
          indeterminate={!selection.all && selection.some}
          onChange={selection.onChange}
        />
      </TableHead>
      {columns.map(({ id, label, sortField }) => {
        const active = sortField !== undefined && sort.field === sortField;
        const direction = active ? sort.direction : undefined;
        const Icon = direction === "asc" ? ArrowUpIcon : direction === "desc" ? ArrowDownIcon : ArrowUpDownIcon;
        return (
          <TableHead
            key={id}
            scope="col"
            aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}
          >
            {sortField ? (
              <button
                type="button"
                className="-mx-2 inline-flex items-center gap-1 rounded-md px-2 py-1 outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
                onClick={() =>
                  onSort({
                    field: sortField,
                    direction: active ? (sort.direction === "asc" ? "desc" : "asc") : FIRST_DIRECTION[sortField],
                  })
                }
              >
                {label}
                <Icon className={active ? "size-3.5" : "size-3.5 opacity-40"} aria-hidden />
              </button>
            ) : (
              label
            )}
          </TableHead>
        );
      })}
    </TableRow>
  );
}
