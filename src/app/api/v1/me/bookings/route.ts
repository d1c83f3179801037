import { findOwnBookings } from "@/server/bookings/find-own-bookings";
import { route } from "@/web/route";

/** The signed-in customer's own bookings: `{ items }`, newest first. */
export const GET = route({}, async ({ ctx }) => {
  const items = await findOwnBookings({ db: ctx.db, actor: ctx.actor });
  return Response.json({ items }, { headers: { "Cache-Control": "no-store" } });
});
