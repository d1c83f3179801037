import { receiveUploadContent } from "@/server/documents/local-transfer";
import { preflight, route } from "@/web/route";

type Params = { id: string };

const cors = { methods: "PUT, OPTIONS" };

export const OPTIONS = preflight(cors);

/**
 * The local driver's upload: the file's bytes as the body, with the signed `token` the start answered.
 * Streamed to quarantine, never buffered; bypasses the proxy (src/proxy.ts), which would buffer it.
 */
export const PUT = route<Params>({ cors, session: false }, async ({ request, ctx, params }) => {
  const declared = request.headers.get("content-length");
  await receiveUploadContent({
    db: ctx.db,
    id: params.id,
    token: new URL(request.url).searchParams.get("token") ?? "",
    declaredLength: declared === null ? null : Number(declared),
    body: request.body,
  });
  return new Response(null, { status: 204 });
});
