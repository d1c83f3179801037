import { bookingList } from "@/contracts/bookings/list-query";
import type { ApiParameter } from "./operation";

/** The bookings table's state: the same parameters as the /admin URL (the list and its CSV export), from the filters' descriptors. */
export function bookingListParameters(): ApiParameter[] {
  return bookingList.openApiParameters.filters;
}

/** Which page of the list: the list only (the export ignores them). */
export function pageParameters(): ApiParameter[] {
  return bookingList.openApiParameters.paging;
}
