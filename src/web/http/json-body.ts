import "server-only";
import { AppError } from "@/server/errors";

/** The body limit of a route that declares none: room for any small JSON command. */
export const DEFAULT_BODY_LIMIT_BYTES = 16 * 1024;

/** Parses JSON text already read (a signed webhook's body, say): 400 INVALID_JSON when it is not JSON. */
export function parseJson(text: string, message = "The body is not valid JSON"): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_JSON", message);
  }
}

/**
 * Reads a JSON request body of at most maxBytes. Wrong content type: 415; too large: 413 (checked
 * from Content-Length and again while streaming, so a lying header cannot slip past); bad JSON: 400.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json");
  }
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body must be at most ${maxBytes} bytes`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (!text.trim()) throw new AppError("INVALID_JSON", "The request body is empty; send the booking as JSON");
  return parseJson(text, "The request body is not valid JSON");
}
