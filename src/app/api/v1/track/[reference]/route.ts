import { trackBookingByLink } from "@/server/tracking/track-booking";
import { route } from "@/web/route";

/** The emailed "Follow your booking" link (/track?r=…&t=…) reads the journey here. */
export const GET = route<{ reference: string }>({ session: false }, async ({ request, ctx, params }) => {
  const journey = await trackBookingByLink({
    db: ctx.db,
    clientIp: ctx.ip,
    reference: params.reference,
    token: new URL(request.url).searchParams.get("t"),
  });
  return Response.json(journey, { headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
});
