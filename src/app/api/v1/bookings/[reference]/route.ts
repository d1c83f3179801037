import { toBookingResource } from "@/server/bookings/booking-resource";
import { deleteBooking } from "@/server/bookings/delete-booking";
import { getBooking } from "@/server/bookings/get-booking";
import { updateBooking } from "@/server/bookings/update-booking";
import { etagOf, versionFromIfMatch } from "@/web/http/if-match";
import type { RequestContext } from "@/web/request-context";
import { route } from "@/web/route";

type Params = { reference: string };

async function bookingResponse(ctx: RequestContext, reference: string): Promise<Response> {
  const booking = await getBooking({ db: ctx.db, actor: ctx.actor, reference });
  return Response.json(toBookingResource(booking), {
    headers: { "Cache-Control": "no-store", ETag: etagOf(booking.version) },
  });
}

/** One booking, for the signed-in team (any booking) or a customer (their own only; others: 404). */
export const GET = route<Params>({}, async ({ ctx, params }) => bookingResponse(ctx, params.reference));

/** Edits a booking's details (admins), from the version in If-Match or the body: 412/409 when stale. */
export const PATCH = route<Params>(
  { sameOrigin: true, bodyLimit: 64 * 1024 },
  async ({ request, ctx, params, body }) => {
    const expectedVersion = versionFromIfMatch(request.headers);
    await updateBooking({
      db: ctx.db,
      actor: ctx.actor,
      reference: params.reference,
      input: await body(),
      expectedVersion,
    });
    return bookingResponse(ctx, params.reference);
  },
);

/** Deletes a booking (admins): it leaves the table and the customer's view, restorable for 30 days. */
export const DELETE = route<Params>({ sameOrigin: true }, async ({ ctx, params }) => {
  await deleteBooking({ db: ctx.db, actor: ctx.actor, reference: params.reference });
  return new Response(null, { status: 204 });
});
