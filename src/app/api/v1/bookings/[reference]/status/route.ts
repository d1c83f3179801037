import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { etagOf, versionFromIfMatch } from "@/web/http/if-match";
import { readJsonBody } from "@/web/http/json-body";
import { errorResponse } from "@/web/http/responses";
import { assertSameOrigin } from "@/web/http/same-origin";
import { getActor } from "@/server/auth/get-actor";
import { changeBookingStatus } from "@/server/bookings/change-status";

/**
 * Moves a booking along the workflow: `{ status, flight?, notifyCustomer }`. 409 for a step the
 * workflow does not allow, 400 for flight booked without flight details, 403 for a role without it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
    const { reference } = await params;
    const expectedVersion = versionFromIfMatch(request.headers);
    const input = await readJsonBody(request, 16 * 1024);
    const result = await changeBookingStatus({ db: await getDb(), actor: await getActor(request.headers), reference, input, expectedVersion });
    return Response.json(result, { headers: { ETag: etagOf(result.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}
