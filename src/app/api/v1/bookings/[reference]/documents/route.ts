import { listBookingDocuments } from "@/server/documents/list-booking-documents";
import { startBookingDocument } from "@/server/documents/start-upload";
import { route } from "@/web/route";

type Params = { reference: string };

/** A booking's documents: the team's for any booking, a customer's for their own. */
export const GET = route<Params>({}, async ({ ctx, params }) => {
  const items = await listBookingDocuments({ db: ctx.db, actor: ctx.actor, reference: params.reference });
  return Response.json({ items }, { headers: { "Cache-Control": "private, no-store" } });
});

/** Starts a document for this booking: `{ kind, petId?, fileName, size, contentType, supersedesId? }`. */
export const POST = route<Params>({ sameOrigin: true }, async ({ ctx, params, body }) => {
  const started = await startBookingDocument({
    db: ctx.db,
    actor: ctx.actor,
    reference: params.reference,
    body: await body(),
  });
  return Response.json(started, { status: 201, headers: { "Cache-Control": "no-store" } });
});
