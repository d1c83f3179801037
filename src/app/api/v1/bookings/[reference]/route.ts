import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/http/responses";
import { getActor } from "@/server/auth/actor";
import { toBookingResource } from "@/server/bookings/booking-resource";
import { getBooking } from "@/server/bookings/get-booking";

/** One booking, for the signed-in team (any booking) or a customer (their own only; others: 404). */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    const { reference } = await params;
    const booking = await getBooking({ db: await getDb(), actor: await getActor(request.headers), reference });
    return Response.json(toBookingResource(booking), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
