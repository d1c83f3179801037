import { restoreBooking } from "@/server/bookings/delete-booking";
import { route } from "@/web/route";

/** Restores a deleted booking (admins), within 30 days of its deletion. */
export const POST = route<{ reference: string }>({ sameOrigin: true }, async ({ ctx, params }) => {
  const result = await restoreBooking({ db: ctx.db, actor: ctx.actor, reference: params.reference });
  return Response.json(result);
});
