import "server-only";
import { AppError, isAppError } from "../errors";
import { fieldErrors } from "../validation";
import { parseBookingListQuery } from "./find-bookings";
import { listParamsOf, type BookingListQuery } from "@/contracts/bookings/list-query";
import { tableViewParamSchema, VIEW_PARAM, withTableView } from "@/contracts/bookings/table-view";

/**
 * The /admin page's URL as the view it shows: the list's parameters (as the API reads them) and the
 * page's own `view`, which decides the statuses when the URL names none. Every bad parameter is named
 * in one VALIDATION error, as the list's parser does.
 */
export function parseBookingTableQuery(params: URLSearchParams): BookingListQuery {
  const view = tableViewParamSchema.safeParse(params.get(VIEW_PARAM) ?? undefined);
  let query: BookingListQuery | undefined;
  let fields: Record<string, string> = {};
  try {
    query = parseBookingListQuery(listParamsOf(params));
  } catch (error) {
    if (!isAppError(error) || error.code !== "VALIDATION") throw error;
    fields = { ...error.fields };
  }
  if (!view.success) fields[VIEW_PARAM] = Object.values(fieldErrors(view.error))[0]!;
  if (!query || !view.success) throw new AppError("VALIDATION", "Some list parameters are not valid", { fields });
  return withTableView(query, view.data);
}
