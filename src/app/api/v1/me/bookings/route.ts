import { getDb } from "@/db/client";
import { errorResponse } from "@/web/http/responses";
import { getActor } from "@/server/auth/get-actor";
import { findOwnBookings } from "@/server/bookings/find-own-bookings";

/** The signed-in customer's own bookings: `{ items }`, newest first. */
export async function GET(request: Request) {
  try {
    const items = await findOwnBookings({ db: await getDb(), actor: await getActor(request.headers) });
    return Response.json({ items }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
