import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { StatusBadge } from "@/components/bookings/status-badge";
import { brand } from "@/config/brand";
import { CountryFlag } from "@/components/ui/country-flag";
import { countryName } from "@/lib/countries";
import { formatCalendarDay, instantParts, zoneCity } from "@/lib/format-date-time";
import type { BookingListItem } from "@/contracts/bookings/list-item";
import type { SortField } from "@/contracts/bookings/list-query";
import type { BookingTableColumn } from "@/contracts/preferences/table-columns";

export type ColumnMeta = { label: string; sortField?: SortField };

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
      {clock && (
        <span className="text-xs">
          {clock} {zoneCity(brand.timeZone)} time
        </span>
      )}
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
  cell: ColumnDef<BookingListItem>["cell"],
): ColumnDef<BookingListItem> => ({
  id,
  header: COLUMN_LABELS[id],
  cell,
  enableHiding: id !== "reference",
  meta: { label: COLUMN_LABELS[id], sortField } satisfies ColumnMeta,
});

export const bookingColumns: ColumnDef<BookingListItem>[] = [
  column("reference", "reference", ({ row }) => (
    <Link
      href={`/admin/bookings/${row.original.reference}`}
      className="font-mono font-medium whitespace-nowrap text-primary underline-offset-4 hover:underline"
    >
      {row.original.reference}
    </Link>
  )),
  column("status", "status", ({ row }) => <StatusBadge status={row.original.status} />),
  column("customer", "customerName", ({ row }) => (
    <div className="min-w-40">
      <div className="font-medium">{row.original.customer.name}</div>
      {/* A long address breaks rather than pushing the table wider than a laptop's screen. */}
      <div className="text-xs wrap-anywhere text-muted-foreground">{row.original.customer.email}</div>
    </div>
  )),
  column("pets", undefined, ({ row }) => (
    <div className="min-w-32">{row.original.pets.map((pet) => `${pet.name} (${pet.species})`).join(", ")}</div>
  )),
  column("route", undefined, ({ row }) => (
    <span className="whitespace-nowrap">
      <Country code={row.original.route.originCountry} /> <span aria-label="to">→</span>{" "}
      <Country code={row.original.route.destinationCountry} />
    </span>
  )),
  column("travelDate", "travelDate", ({ row }) => (
    <span className="whitespace-nowrap">{formatCalendarDay(row.original.travelDate)}</span>
  )),
  column("assignee", undefined, ({ row }) =>
    row.original.assignee ? row.original.assignee.name : <span className="text-muted-foreground">Unassigned</span>,
  ),
  column("createdAt", "createdAt", ({ row }) => <Timestamp value={row.original.createdAt} />),
  column("updatedAt", "updatedAt", ({ row }) => <Timestamp value={row.original.updatedAt} />),
];
