import { getDb } from "@/db/client";
import { errorResponse } from "@/web/http/responses";
import { getActor } from "@/server/auth/get-actor";
import { exportBookings } from "@/server/bookings/export-bookings";
import { parseBookingListQuery } from "@/server/bookings/find-bookings";
import { listParamsOf } from "@/contracts/bookings/list-query";

/** Every booking of a list view as CSV (the list's parameters; page and pageSize are ignored). */
export async function GET(request: Request) {
  try {
    const actor = await getActor(request.headers);
    const query = parseBookingListQuery(listParamsOf(new URL(request.url).searchParams));
    const { filename, body } = exportBookings({ db: await getDb(), actor, query });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
