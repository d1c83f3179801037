import { deleteDocument } from "@/server/documents/delete-document";
import { route } from "@/web/route";

type Params = { reference: string; id: string };

/** Deletes a document (admins): restorable for 30 days, then purged with its object. */
export const DELETE = route<Params>({ sameOrigin: true }, async ({ ctx, params }) => {
  await deleteDocument({ db: ctx.db, actor: ctx.actor, reference: params.reference, id: params.id });
  return new Response(null, { status: 204 });
});
