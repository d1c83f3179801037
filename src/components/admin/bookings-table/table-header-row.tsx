"use client";

import { flexRender, type Header } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { TableHead, TableRow } from "@/components/ui/table";
import type { BookingListItem } from "@/contracts/bookings/list-item";
import type { Sort, SortField } from "@/contracts/bookings/list-query";
import type { ColumnMeta } from "./columns";

// Dates start newest first, text A to Z: what people want on a first click.
const FIRST_DIRECTION: Record<SortField, Sort["direction"]> = {
  reference: "asc",
  customerName: "asc",
  status: "asc",
  createdAt: "desc",
  updatedAt: "desc",
  travelDate: "asc",
};

type TableHeaderRowProps = { headers: Header<BookingListItem, unknown>[]; sort: Sort; onSort: (sort: Sort) => void };

/** Column headings; a sortable one is a button, and the sorted one says which way (aria-sort). */
export function TableHeaderRow({ headers, sort, onSort }: TableHeaderRowProps) {
  return (
    <TableRow className="hover:bg-transparent">
      {headers.map((header) => {
        const { label, sortField } = header.column.columnDef.meta as ColumnMeta;
        const active = sortField !== undefined && sort.field === sortField;
        const direction = active ? sort.direction : undefined;
        const Icon = direction === "asc" ? ArrowUpIcon : direction === "desc" ? ArrowDownIcon : ArrowUpDownIcon;
        return (
          <TableHead
            key={header.id}
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
              flexRender(header.column.columnDef.header, header.getContext())
            )}
          </TableHead>
        );
      })}
    </TableRow>
  );
}
