import { changeBookingStatus } from "@/server/bookings/change-status";
import { etagOf, versionFromIfMatch } from "@/web/http/if-match";
import { route } from "@/web/route";

/**
 * Moves a booking along the workflow: `{ status, flight?, notifyCustomer }`. 409 for a step the
 * workflow does not allow, 400 for flight booked without flight details, 403 for a role without it.
 */
export const POST = route<{ reference: string }>(
  { sameOrigin: true, bodyLimit: 16 * 1024 },
  async ({ request, ctx, params, body }) => {
    const expectedVersion = versionFromIfMatch(request.headers);
    const result = await changeBookingStatus({
      db: ctx.db,
      actor: ctx.actor,
      reference: params.reference,
      input: await body(),
      expectedVersion,
    });
    return Response.json(result, { headers: { ETag: etagOf(result.version) } });
  },
);
