import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { readJsonBody } from "@/web/http/json-body";
import { errorResponse } from "@/web/http/responses";
import { assertSameOrigin } from "@/web/http/same-origin";
import { getActor } from "@/server/auth/get-actor";
import { addBookingNote, listBookingNotes } from "@/server/bookings/notes";

type Context = { params: Promise<{ reference: string }> };

/** The team's internal notes on a booking, newest first. */
export async function GET(request: Request, { params }: Context) {
  try {
    const notes = await listBookingNotes({ db: await getDb(), actor: await getActor(request.headers), reference: (await params).reference });
    return Response.json({ items: notes }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Adds an internal note: `{ body }` (plain text, line breaks kept). */
export async function POST(request: Request, { params }: Context) {
  try {
    assertSameOrigin(request, new URL(getConfig().APP_URL).origin);
    const { reference } = await params;
    const input = await readJsonBody(request, 32 * 1024);
    const note = await addBookingNote({ db: await getDb(), actor: await getActor(request.headers), reference, input });
    return Response.json(note, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
