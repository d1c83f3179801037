import { documentDownloadUrl } from "@/server/documents/document-download";
import { route } from "@/web/route";

type Params = { reference: string; id: string };

/** 303 to a link that downloads the document, valid for at most 5 minutes (never cached, never logged). */
export const GET = route<Params>({}, async ({ ctx, params }) => {
  const url = await documentDownloadUrl({ db: ctx.db, actor: ctx.actor, reference: params.reference, id: params.id });
  return new Response(null, {
    status: 303,
    headers: { Location: url, "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" },
  });
});
