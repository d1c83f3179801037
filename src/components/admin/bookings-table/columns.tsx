import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { StatusBadge } from "@/components/bookings/status-badge";
import { brand } from "@/config/brand";
import { CountryFlag } from "@/components/ui/country-flag";
import { countryName } from "@/lib/countries";
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

// Dates read the same on the server and in the browser: fixed locale, the company's time zone.
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dayInZone = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: brand.timeZone,
});
const hourInZone = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: brand.timeZone });

const formatDay = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** The day above the time: two short lines keep every column within a 1366 px screen. */
function Timestamp({ value }: { value: string }) {
  const at = new Date(value);
  return (
    <time dateTime={value} className="whitespace-nowrap text-muted-foreground">
      {dayInZone.format(at)},<br />
      {hourInZone.format(at)}
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
    <span className="whitespace-nowrap">{formatDay(row.original.travelDate)}</span>
  )),
  column("assignee", undefined, ({ row }) =>
    row.original.assignee ? row.original.assignee.name : <span className="text-muted-foreground">Unassigned</span>,
  ),
  column("createdAt", "createdAt", ({ row }) => <Timestamp value={row.original.createdAt} />),
  column("updatedAt", "updatedAt", ({ row }) => <Timestamp value={row.original.updatedAt} />),
];
