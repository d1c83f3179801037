import { listParamsOf } from "@/contracts/bookings/list-query";
import { exportBookings } from "@/server/bookings/export-bookings";
import { parseBookingListQuery } from "@/server/bookings/find-bookings";
import { route } from "@/web/route";

/** Every booking of a list view as CSV (the list's parameters; page and pageSize are ignored). */
export const GET = route({}, async ({ request, ctx }) => {
  const query = parseBookingListQuery(listParamsOf(new URL(request.url).searchParams));
  const { filename, body } = exportBookings({ db: ctx.db, actor: ctx.actor, query });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
