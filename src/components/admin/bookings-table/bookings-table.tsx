"use client";

import { DownloadIcon, SlidersHorizontalIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { setTableColumnsAction } from "@/actions/bookings-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { BookingTableRow } from "@/contracts/bookings/list-item";
import type { BookingListQuery } from "@/contracts/bookings/list-query";
import type { BookingStatus } from "@/contracts/bookings/schemas";
import type { ListCount, ListPage } from "@/contracts/list-page";
import { filterPanelCookie } from "@/contracts/preferences/filter-panel";
import {
  ALWAYS_VISIBLE_COLUMNS,
  BOOKING_TABLE_COLUMNS,
  type BookingTableColumn,
} from "@/contracts/preferences/table-columns";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";
import { cn } from "@/lib/utils";
import { BulkActionBar } from "./bulk-actions";
import { BOOKING_COLUMNS } from "./columns";
import { ColumnMenu } from "./column-menu";
import { SavedViewsMenu } from "./saved-views-menu";
import { SearchBox, type SearchBoxHandle } from "./search-box";
import { StatusViews } from "./status-views";
import { TableBodyRows } from "./table-body-rows";
import { TableFilters } from "./table-filters";
import { TableHeaderRow } from "./table-header-row";
import { TablePagination } from "./table-pagination";
import { exportHref, filterCount, hasFilters, tableHref, viewParams, withoutFilters } from "./table-url";
import { useTableNavigation } from "./use-table-navigation";
import { Table, TableBody, TableHeader } from "@/components/ui/table";

export type BookingsTableProps = {
  page: ListPage<BookingTableRow>;
  query: BookingListQuery;
  statusCounts: Record<BookingStatus, ListCount>;
  /** The columns shown: the URL's when it names them (a saved view), else this person's choice. */
  columns: BookingTableColumn[];
  columnsInUrl: boolean;
  savedViews: SavedViewSummary[];
  /** The active team, for the assignee filter. */
  colleagues: { id: string; name: string }[];
  /** Whether the filter panel starts open (this browser's last choice, from its cookie). */
  filtersOpen: boolean;
};

/**
 * The interactive half of /admin: the server renders the rows for the URL; this writes the URL
 * (search, filters, sort, page) and remembers columns. The database does the filtering, sorting and
 * paging; this lays out the visible columns (columns.tsx) and keeps the selection.
 */
export function BookingsTable({
  page,
  query: serverQuery,
  statusCounts,
  columns,
  columnsInUrl,
  savedViews,
  colleagues,
  filtersOpen: filtersOpenAtFirst,
}: BookingsTableProps) {
  const router = useRouter();
  const searchBox = useRef<SearchBoxHandle>(null);
  const navigation = useTableNavigation({ query: serverQuery, urlColumns: columnsInUrl ? columns : undefined });
  const { query } = navigation;
  const [visible, setVisible] = useState(columns);
  const [seenColumns, setSeenColumns] = useState(columns);
  if (seenColumns !== columns) {
    setSeenColumns(columns);
    setVisible(columns);
  }
  // Selected rows (by reference) for the bulk actions; a new set of rows starts a new selection.
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [seenItems, setSeenItems] = useState(page.items);
  if (seenItems !== page.items) {
    setSeenItems(page.items);
    setSelected(new Set());
  }
  const [filtersOpen, setFiltersOpen] = useState(filtersOpenAtFirst);
  const [message, setMessage] = useState("");
  const [, startSaving] = useTransition();

  const shownColumns = BOOKING_COLUMNS.filter(({ id }) => ALWAYS_VISIBLE_COLUMNS.includes(id) || visible.includes(id));
  const allSelected = page.items.length > 0 && page.items.every(({ reference }) => selected.has(reference));

  function select(reference: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(reference);
    else next.delete(reference);
    setSelected(next);
  }

  function changeColumns(next: BookingTableColumn[]) {
    const ordered = BOOKING_TABLE_COLUMNS.filter((id) => id === "reference" || next.includes(id));
    setVisible(ordered);
    // A view opened with its own columns keeps them in its URL, so a reload shows what is on screen.
    if (navigation.urlColumns) navigation.go({ query, urlColumns: ordered }, { replace: true });
    startSaving(async () => {
      const result = await setTableColumnsAction(ordered);
      if (!result.ok) setMessage(`Your column choice was not saved: ${result.message}`);
    });
  }

  function toggleFilters() {
    setFiltersOpen(!filtersOpen);
    // Remembered for the next visit; the server reads it, so the panel never opens after a flash.
    document.cookie = filterPanelCookie(!filtersOpen, window.location.protocol === "https:");
  }

  const activeFilters = filterCount(query);
  const filtered = hasFilters(query);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <SearchBox ref={searchBox} value={query.q} onSearch={(q) => navigation.update({ q }, { replace: true })} />
        <Button variant="outline" aria-expanded={filtersOpen} aria-controls="bookings-filters" onClick={toggleFilters}>
          <SlidersHorizontalIcon aria-hidden /> Filters
          {activeFilters > 0 && <Badge>{activeFilters}</Badge>}
        </Button>
        {filtered && (
          <Button variant="ghost" onClick={() => navigation.update(withoutFilters(query))}>
            Clear all
          </Button>
        )}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <ColumnMenu visible={visible} onChange={changeColumns} />
          <SavedViewsMenu
            views={savedViews}
            currentQuery={viewParams({ ...query, page: 1 }, visible).toString()}
            onOpenView={navigation.open}
            onMessage={setMessage}
          />
          <Button asChild variant="outline">
            <a href={exportHref(query)} download>
              <DownloadIcon aria-hidden /> Export CSV
            </a>
          </Button>
        </div>
      </div>
      <p role="status" className={cn("text-sm", message ? "text-muted-foreground" : "sr-only")}>
        {message}
      </p>
      <TableFilters
        id="bookings-filters"
        className={cn(
          "gap-x-6 gap-y-4 rounded-xl border bg-card p-4 sm:grid-cols-2 md:grid-cols-4",
          filtersOpen ? "grid" : "hidden",
        )}
        open={filtersOpen}
        query={query}
        statusCounts={statusCounts}
        colleagues={colleagues}
        onChange={(patch) => navigation.update(patch)}
      />
      <StatusViews
        query={query}
        statusCounts={statusCounts}
        hrefOf={(next) => tableHref(next, navigation.urlColumns)}
        onChoose={(next) => navigation.go({ query: next, urlColumns: navigation.urlColumns })}
      />
      <BulkActionBar references={[...selected]} />
      <div className="rounded-xl border bg-card">
        <Table aria-busy={navigation.pending || undefined}>
          <caption className="sr-only">Bookings</caption>
          <TableHeader className="bg-muted/50">
            <TableHeaderRow
              columns={shownColumns}
              sort={query.sort}
              onSort={(sort) => navigation.update({ sort })}
              selection={{
                all: allSelected,
                some: selected.size > 0,
                onChange: (checked) =>
                  setSelected(new Set(checked ? page.items.map(({ reference }) => reference) : [])),
              }}
            />
          </TableHeader>
          <TableBody>
            <TableBodyRows
              rows={page.items}
              columns={shownColumns}
              selected={selected}
              onSelect={select}
              pending={navigation.pending}
              pageSize={query.pageSize}
              total={page.total}
              filtered={filtered}
              onOpen={(reference) => {
                // A search still waiting to apply would replace this navigation.
                searchBox.current?.cancel();
                router.push(`/admin/bookings/${reference}`);
              }}
              onClearFilters={() => navigation.update(withoutFilters(query))}
              onFirstPage={() => navigation.update({ page: 1 })}
            />
          </TableBody>
        </Table>
      </div>
      <TablePagination
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        totalIsExact={page.totalIsExact}
        shown={page.items.length}
        onPage={(to) => navigation.update({ page: to }, { keepPage: true })}
        onPageSize={(pageSize) => navigation.update({ pageSize })}
      />
    </div>
  );
}
