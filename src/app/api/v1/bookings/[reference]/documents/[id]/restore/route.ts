import { restoreDocument } from "@/server/documents/delete-document";
import { route } from "@/web/route";

type Params = { reference: string; id: string };

/** Restores a document deleted less than 30 days ago (admins). */
export const POST = route<Params>({ sameOrigin: true }, async ({ ctx, params }) => {
  await restoreDocument({ db: ctx.db, actor: ctx.actor, reference: params.reference, id: params.id });
  return Response.json({ id: params.id, restored: true });
});
