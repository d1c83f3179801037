import { trackBooking } from "@/server/tracking/track-booking";
import { preflight, route } from "@/web/route";

// The marketing site may offer the lookup from its own origin (PUBLIC_FORM_ORIGINS), like the booking form.
const cors = { methods: "POST, OPTIONS" };

export const OPTIONS = preflight(cors);

/** Public tracking: a booking's reference and email → its journey without personal data. */
export const POST = route({ cors, session: false }, async ({ ctx, body }) => {
  const journey = await trackBooking({ db: ctx.db, clientIp: ctx.ip, body: await body() });
  return Response.json(journey, { headers: { "Cache-Control": "no-store" } });
});
