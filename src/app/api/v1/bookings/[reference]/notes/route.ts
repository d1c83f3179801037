import { addBookingNote, listBookingNotes } from "@/server/bookings/notes";
import { route } from "@/web/route";

type Params = { reference: string };

/** The team's internal notes on a booking, newest first. */
export const GET = route<Params>({}, async ({ ctx, params }) => {
  const notes = await listBookingNotes({ db: ctx.db, actor: ctx.actor, reference: params.reference });
  return Response.json({ items: notes }, { headers: { "Cache-Control": "no-store" } });
});

/** Adds an internal note: `{ body }` (plain text, line breaks kept). */
export const POST = route<Params>({ sameOrigin: true, bodyLimit: 32 * 1024 }, async ({ ctx, params, body }) => {
  const note = await addBookingNote({ db: ctx.db, actor: ctx.actor, reference: params.reference, input: await body() });
  return Response.json(note, { status: 201 });
});
