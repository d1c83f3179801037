"use client";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";
import type { BookingTableRow } from "@/contracts/bookings/list-item";
import type { BookingColumn } from "./columns";
import { SelectCheckbox } from "./select-checkbox";

type TableBodyRowsProps = {
  rows: readonly BookingTableRow[];
  /** The visible columns, after the selection checkbox's. */
  columns: readonly BookingColumn[];
  selected: ReadonlySet<string>;
  onSelect: (reference: string, selected: boolean) => void;
  pending: boolean;
  pageSize: number;
  total: number;
  filtered: boolean;
  onOpen: (reference: string) => void;
  onClearFilters: () => void;
  onFirstPage: () => void;
};

function Message({ columnCount, children }: { columnCount: number; children: React.ReactNode }) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableCell colSpan={columnCount} className="py-10 text-center text-muted-foreground">
        {children}
      </TableCell>
    </TableRow>
  );
}

/** Rows, skeleton rows while the next view loads, or a message saying why there are none. */
export function TableBodyRows({
  rows,
  columns,
  selected,
  onSelect,
  pending,
  pageSize,
  total,
  filtered,
  onOpen,
  onClearFilters,
  onFirstPage,
}: TableBodyRowsProps) {
  const columnCount = columns.length + 1;
  if (pending) {
    return Array.from({ length: Math.min(pageSize, 10) }, (_, index) => (
      <TableRow key={index} data-testid="skeleton-row" className="hover:bg-transparent">
        {Array.from({ length: columnCount }, (_, cell) => (
          <TableCell key={cell}>
            <Skeleton className="h-5 w-full min-w-12" />
          </TableCell>
        ))}
      </TableRow>
    ));
  }
  if (rows.length === 0 && total > 0) {
    return (
      <Message columnCount={columnCount}>
        <p>This page is past the last one: fewer bookings match than it expects.</p>
        <Button variant="link" onClick={onFirstPage}>
          Go to the first page
        </Button>
      </Message>
    );
  }
  if (rows.length === 0) {
    return filtered ? (
      <Message columnCount={columnCount}>
        <p>No bookings match this search and these filters.</p>
        <Button variant="link" onClick={onClearFilters}>
          Clear all filters
        </Button>
      </Message>
    ) : (
      <Message columnCount={columnCount}>No bookings yet. New ones appear here as they arrive.</Message>
    );
  }
  return rows.map((row) => (
    <TableRow
      key={row.reference}
      className="cursor-pointer"
      // The reference is the row's link for keyboards and new tabs; a click anywhere else opens it too,
      // unless it lands on another control or ends a text selection.
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a, button, input") || window.getSelection()?.toString()) return;
        onOpen(row.reference);
      }}
    >
      <TableCell>
        <SelectCheckbox
          label={`Select ${row.reference}`}
          checked={selected.has(row.reference)}
          onChange={(checked) => onSelect(row.reference, checked)}
        />
      </TableCell>
      {columns.map((column) => (
        <TableCell key={column.id}>{column.cell(row)}</TableCell>
      ))}
    </TableRow>
  ));
}
