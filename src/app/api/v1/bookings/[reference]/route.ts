import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { etagOf, versionFromIfMatch } from "@/web/http/if-match";
import { readJsonBody } from "@/web/http/json-body";
import { errorResponse } from "@/web/http/responses";
import { assertSameOrigin } from "@/web/http/same-origin";
import { getActor } from "@/server/auth/get-actor";
import { toBookingResource } from "@/server/bookings/booking-resource";
import { deleteBooking } from "@/server/bookings/delete-booking";
import { getBooking } from "@/server/bookings/get-booking";
import { updateBooking } from "@/server/bookings/update-booking";

type Context = { params: Promise<{ reference: string }> };

const MAX_EDIT_BODY_BYTES = 64 * 1024;

async function bookingResponse(request: Request, reference: string, status = 200): Promise<Response> {
  const booking = await getBooking({ db: await getDb(), actor: await getActor(request.headers), reference });
  return Response.json(toBookingResource(booking), { status, headers: { "Cache-Control": "no-store", ETag: etagOf(booking.version) } });
}

/** One booking, for the signed-in team (any booking) or a customer (their own only; others: 404). */
export async function GET(request: Request, { params }: Context) {
  try {
    return await bookingResponse(request, (await params).reference);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Edits a booking's details (admins), from the version in If-Match or the body: 412/409 when stale. */
export async function PATCH(request: Request, { params }: Context) {
  try {
    assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
    const { reference } = await params;
    const expectedVersion = versionFromIfMatch(request.headers);
    const input = await readJsonBody(request, MAX_EDIT_BODY_BYTES);
    await updateBooking({ db: await getDb(), actor: await getActor(request.headers), reference, input, expectedVersion });
    return await bookingResponse(request, reference);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Deletes a booking (admins): it leaves the table and the customer's view, restorable for 30 days. */
export async function DELETE(request: Request, { params }: Context) {
  try {
    assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
    const { reference } = await params;
    await deleteBooking({ db: await getDb(), actor: await getActor(request.headers), reference });
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
