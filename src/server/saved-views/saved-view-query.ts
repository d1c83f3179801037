import "server-only";
import { AppError, isAppError } from "../errors";
import { parseBookingTableQuery } from "../bookings/parse-table-query";
import { tableParams } from "@/contracts/bookings/table-view";
import { COLUMNS_PARAM, columnsParamSchema, columnsToParam } from "@/contracts/preferences/table-columns";

/**
 * A view's URL query made canonical: validated and written as the table's URL (a bad one is a VALIDATION
 * error on `query`; no status = the active bookings, `view=all` = every status), without the page number
 * (a view opens on its first page), columns kept when given.
 */
export function canonicalViewQuery(raw: string): string {
  const params = new URLSearchParams(raw.replace(/^\?/, ""));
  try {
    const query = parseBookingTableQuery(params);
    const canonical = tableParams({ ...query, page: 1 });
    const columns = params.get(COLUMNS_PARAM);
    if (columns !== null && columns.trim() !== "") {
      const parsed = columnsParamSchema.safeParse(columns);
      if (!parsed.success)
        throw new AppError("VALIDATION", "The view's columns are not valid", {
          fields: { query: parsed.error.issues[0]!.message },
        });
      canonical.set(COLUMNS_PARAM, columnsToParam(parsed.data));
    }
    return canonical.toString();
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION" && !error.fields?.query) {
      const first = Object.values(error.fields ?? {})[0] ?? error.message;
      throw new AppError("VALIDATION", "The view's filters are not valid", { fields: { query: first } });
    }
    throw error;
  }
}
