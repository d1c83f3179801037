import { completeBookingDocument } from "@/server/documents/complete-booking-document";
import { route } from "@/web/route";

type Params = { reference: string; id: string };

/** The bytes were sent: check them and add the document to the booking. */
export const POST = route<Params>({ sameOrigin: true }, async ({ ctx, params }) => {
  const completed = await completeBookingDocument({
    db: ctx.db,
    actor: ctx.actor,
    reference: params.reference,
    id: params.id,
  });
  return Response.json(completed, { headers: { "Cache-Control": "no-store" } });
});
