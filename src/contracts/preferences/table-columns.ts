// The bookings table's columns as the URL (`columns=`), saved views and a person's preference name
// them. Pure zod: the table's client code reads and writes it too.
import { z } from "zod";

export const BOOKING_TABLE_COLUMNS = [
  "reference",
  "status",
  "customer",
  "pets",
  "route",
  "travelDate",
  "assignee",
  "createdAt",
  "updatedAt",
] as const;
export type BookingTableColumn = (typeof BOOKING_TABLE_COLUMNS)[number];

/** The reference is how a row opens, so it can never be hidden. */
export const ALWAYS_VISIBLE_COLUMNS: readonly BookingTableColumn[] = ["reference"];
export const DEFAULT_VISIBLE_COLUMNS: readonly BookingTableColumn[] = BOOKING_TABLE_COLUMNS;

export const COLUMNS_PARAM = "columns";

/** Visible columns, in table order, with the always-visible ones added back; unknown ids are an error. */
export const visibleColumnsSchema = z
  .array(z.enum(BOOKING_TABLE_COLUMNS, { error: `columns must be among: ${BOOKING_TABLE_COLUMNS.join(", ")}` }))
  .max(BOOKING_TABLE_COLUMNS.length * 2, { error: "Too many columns" })
  .transform((columns) =>
    BOOKING_TABLE_COLUMNS.filter((id) => columns.includes(id) || ALWAYS_VISIBLE_COLUMNS.includes(id)),
  );

/** The `columns` URL parameter: "status,customer" → visible columns. */
export const columnsParamSchema = z
  .string()
  .max(500, { error: "columns is too long" })
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(visibleColumnsSchema);

/** The visible columns a URL asks for, or undefined when it names none or names them badly. */
export function columnsFromParams(params: URLSearchParams): BookingTableColumn[] | undefined {
  const raw = params.get(COLUMNS_PARAM);
  if (raw === null || raw.trim() === "") return undefined;
  const parsed = columnsParamSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function columnsToParam(columns: readonly BookingTableColumn[]): string {
  return BOOKING_TABLE_COLUMNS.filter((id) => columns.includes(id)).join(",");
}
