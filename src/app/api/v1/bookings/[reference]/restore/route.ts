import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { errorResponse } from "@/web/http/responses";
import { assertSameOrigin } from "@/web/http/same-origin";
import { getActor } from "@/server/auth/get-actor";
import { restoreBooking } from "@/server/bookings/delete-booking";

/** Restores a deleted booking (admins), within 30 days of its deletion. */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
    const result = await restoreBooking({ db: await getDb(), actor: await getActor(request.headers), reference: (await params).reference });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
