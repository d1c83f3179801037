import { discardUpload } from "@/server/documents/discard-upload";
import { preflight, route } from "@/web/route";

type Params = { id: string };

const cors = { methods: "DELETE, OPTIONS" };

export const OPTIONS = preflight(cors);

/** Discards a form's upload not attached to a booking yet (the person removed the file): 204. */
export const DELETE = route<Params>({ cors, session: false }, async ({ ctx, params }) => {
  await discardUpload({ db: ctx.db, id: params.id });
  return new Response(null, { status: 204 });
});
