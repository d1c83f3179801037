import { Readable } from "node:stream";
import { openSignedFile } from "@/server/documents/local-transfer";
import { route } from "@/web/route";

type Params = { token: string };

/**
 * A local driver's signed link (HMAC over key, expiry and disposition): tampered → 404, expired → 410.
 * Served so that nothing in it can run: attachment unless a server-made thumbnail, the checked type,
 * nosniff and a sandbox policy.
 */
export const GET = route<Params>({ context: false }, async ({ params }) => {
  const file = await openSignedFile(params.token);
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": file.disposition,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox",
      "Referrer-Policy": "no-referrer",
    },
  });
});
