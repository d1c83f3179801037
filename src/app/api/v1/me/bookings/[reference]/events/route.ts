import { openJourneyStream } from "@/server/journey/journey-stream";
import { resolveRequestContext } from "@/web/request-context";
import { route } from "@/web/route";

/** Server-Sent Events: `journey` with the new version after each change of the owner's booking. */
export const GET = route<{ reference: string }>({}, async ({ request, ctx, params }) => {
  const body = await openJourneyStream({
    db: ctx.db,
    actor: ctx.actor,
    reference: params.reference,
    currentActor: async () => (await resolveRequestContext(request.headers)).actor,
    signal: request.signal,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      // nginx and similar proxies must pass each event on at once.
      "X-Accel-Buffering": "no",
    },
  });
});
