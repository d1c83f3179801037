import { Readable } from "node:stream";
import type { Storage } from "@/server/storage/get-storage";

/**
 * Sends bytes to an upload target the way a browser would: a multipart form POSTed to the bucket (s3), or,
 * for the local driver, what its PUT route will do (check the token from the URL, stream to the key).
 * Answers the HTTP status (s3) or 200.
 */
export async function uploadThroughTarget(
  storage: Storage,
  key: string,
  bytes: Uint8Array,
  options: { contentType?: string; maxBytes?: number } = {},
): Promise<number> {
  const contentType = options.contentType ?? "application/pdf";
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const target = await storage.createUploadTarget({ key, contentType, maxBytes, expiresInSeconds: 300 });
  if (target.method === "POST") {
    const form = new FormData();
    for (const [name, value] of Object.entries(target.fields)) form.append(name, value);
    form.append("file", new Blob([new Uint8Array(bytes)], { type: contentType }), "passport.pdf");
    const answer = await fetch(target.url, { method: "POST", body: form });
    await answer.arrayBuffer();
    return answer.status;
  }
  if (storage.kind !== "local") throw new Error("A PUT target comes from the local driver only");
  const token = new URL(target.url).searchParams.get("token") ?? "";
  const grant = storage.verifyUploadToken(token, key);
  if (!grant.ok) throw new Error(`Upload token refused: ${grant.reason}`);
  await storage.writeStream(key, Readable.from([Buffer.from(bytes)]), grant.maxBytes);
  return 200;
}
