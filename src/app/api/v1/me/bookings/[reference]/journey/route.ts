import { flightPhase } from "@/contracts/journey/journey";
import { getJourney } from "@/server/journey/get-journey";
import { route } from "@/web/route";

/**
 * The owner's journey. The ETag is the journey's version and the flight's phase (in the air and arrived
 * follow the clock): a page polling with If-None-Match gets 304 until either moves.
 */
export const GET = route<{ reference: string }>({}, async ({ request, ctx, params }) => {
  const journey = await getJourney({ db: ctx.db, actor: ctx.actor, reference: params.reference });
  const etag = `"${journey.version}-${flightPhase(journey.flight, new Date())}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
  if (
    request.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return Response.json(journey, { headers });
});
