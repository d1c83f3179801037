import { completeUpload } from "@/server/documents/complete-upload";
import { preflight, route } from "@/web/route";

type Params = { id: string };

const cors = { methods: "POST, OPTIONS" };

export const OPTIONS = preflight(cors);

/** The bytes were sent: check them (type from the bytes, size). 200 ready, or 400 naming the file and why. */
export const POST = route<Params>({ cors, session: false }, async ({ ctx, params }) => {
  const completed = await completeUpload({ db: ctx.db, id: params.id });
  return Response.json(completed, { headers: { "Cache-Control": "no-store" } });
});
