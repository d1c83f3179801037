import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/bookings/status-badge";
import { brand } from "@/config/brand";
import { CountryFlag } from "@/components/ui/country-flag";
import { countryName } from "@/lib/countries";
import { formatCalendarDay, instantParts, zoneCity } from "@/lib/format-date-time";
import type { BookingTableRow } from "@/contracts/bookings/list-item";
import type { SortField } from "@/contracts/bookings/list-query";
import type { BookingTableColumn } from "@/contracts/preferences/table-columns";

/** A column of the table: its heading, the sort its heading offers, and what a row shows in it. */
export type BookingColumn = {
  id: BookingTableColumn;
  label: string;
  sortField?: SortField;
  cell: (item: BookingTableRow) => ReactNode;
};

export const COLUMN_LABELS: Record<BookingTableColumn, string> = {
  reference: "Reference",
  status: "Status",
  customer: "Customer",
  pets: "Pets",
  route: "Route",
  travelDate: "Travel date",
  assignee: "Assignee",
  createdAt: "Created",
  updatedAt: "Updated",
};

// The company's clock, fixed, so the server's render and the browser's agree. The day above the time keeps
// every column within a 1366 px screen; the zone is said by its city, in full on hover.
function Timestamp({ value }: { value: string }) {
  const parts = instantParts(value, brand.timeZone);
  const [day, clock] = parts ? parts.time.split(", ") : [value];
  return (
    <time
      dateTime={value}
      title={parts ? `${parts.time} ${parts.zone}` : undefined}
      className="grid whitespace-nowrap text-muted-foreground"
    >
      <span>{day}</span>
      {clock && <span className="text-xs">{`${clock} ${zoneCity(brand.timeZone)} time`}</span>}
    </time>
  );
}

function Country({ code }: { code: string }) {
  return (
    <span title={countryName(code)} className="inline-flex items-center gap-1.5">
      <CountryFlag code={code} decorative />
      <abbr title={countryName(code)} className="no-underline">
        {code}
      </abbr>
    </span>
  );
}

const column = (
  id: BookingTableColumn,
  sortField: SortField | undefined,
  cell: BookingColumn["cell"],
): BookingColumn => ({ id, label: COLUMN_LABELS[id], sortField, cell });

// Plain functions of the row, called once per cell. The table shows one page of rows that the database has
// already filtered, sorted and paged: TanStack Table's row and cell models (it was used in manual mode) were
// measured at two thirds of the server's time to draw 25 rows.
export const BOOKING_COLUMNS: readonly BookingColumn[] = [
  column("reference", "reference", (item) => (
    <Link
      href={`/admin/bookings/${item.reference}`}
      className="font-mono font-medium whitespace-nowrap text-primary underline-offset-4 hover:underline"
    >
      {item.reference}
    </Link>
  )),
  column("status", "status", (item) => <StatusBadge status={item.status} />),
  column("customer", "customerName", (item) => (
    <div className="min-w-40">
      <div className="font-medium">{item.customer.name}</div>
      {/* A long address breaks rather than pushing the table wider than a laptop's screen. */}
      <div className="text-xs wrap-anywhere text-muted-foreground">{item.customer.email}</div>
    </div>
  )),
  column("pets", undefined, (item) => (
    <div className="min-w-32">{item.pets.map((pet) => `${pet.name} (${pet.species})`).join(", ")}</div>
  )),
  column("route", undefined, (item) => (
    <span className="whitespace-nowrap">
      <Country code={item.route.originCountry} /> <span aria-label="to">→</span>{" "}
      <Country code={item.route.destinationCountry} />
    </span>
  )),
  column("travelDate", "travelDate", (item) => (
    <span className="whitespace-nowrap">{formatCalendarDay(item.travelDate)}</span>
  )),
  column("assignee", undefined, (item) =>
    item.assignee ? item.assignee.name : <span className="text-muted-foreground">Unassigned</span>,
  ),
  column("createdAt", "createdAt", (item) => <Timestamp value={item.createdAt} />),
  column("updatedAt", "updatedAt", (item) => <Timestamp value={item.updatedAt} />),
];
