import "server-only";
import type { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { bookingDocuments } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import { getStorage } from "@/server/storage/get-storage";
import { LocalStorageDriver } from "@/server/storage/local-driver";
import { quarantineKey } from "@/server/storage/storage-keys";
import { AppError } from "../errors";

function localStorage(): LocalStorageDriver {
  const storage = getStorage();
  // With s3 the browser talks to the bucket: these app links do not exist. Asked by kind, not instanceof:
  // the storage lives on globalThis and may have been built by another bundle's copy of the class.
  if (storage.kind !== "local") throw new AppError("NOT_FOUND", "Not found");
  return storage;
}

function linkRefused(reason: "not_found" | "gone"): AppError {
  return reason === "gone"
    ? new AppError("GONE", "This link has expired. Start again from the page you came from.")
    : new AppError("NOT_FOUND", "Not found");
}

/**
 * The local driver's upload: the bytes of a started upload, streamed to quarantine (never held in
 * memory), refused past the size signed into the link. The link is single use.
 */
export async function receiveUploadContent(options: {
  db: Executor;
  id: string;
  token: string;
  declaredLength: number | null;
  body: ReadableStream<Uint8Array> | null;
}): Promise<{ size: number }> {
  const { db, id, token } = options;
  const storage = localStorage();
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "Not found");
  const key = quarantineKey(id);
  const grant = storage.verifyUploadToken(token, key);
  if (!grant.ok) throw linkRefused(grant.reason);
  const [document] = await db
    .select({ id: bookingDocuments.id, name: bookingDocuments.displayName })
    .from(bookingDocuments)
    .where(and(eq(bookingDocuments.id, id), eq(bookingDocuments.status, "pending")));
  if (!document) throw new AppError("NOT_FOUND", "Not found");
  if (options.declaredLength !== null && options.declaredLength > grant.maxBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", `${document.name} is larger than the limit`);
  if (!options.body) throw new AppError("VALIDATION", `${document.name} arrived empty`);
  return storage.writeStream(key, options.body, grant.maxBytes);
}

export type SignedFile = { stream: Readable; size: number; contentType: string; disposition: string };

/** A local driver's download link: tampered or unknown → NOT_FOUND, genuine but expired → GONE. */
export async function openSignedFile(token: string): Promise<SignedFile> {
  const storage = localStorage();
  const grant = storage.verifyDownloadToken(token);
  if (!grant.ok) throw linkRefused(grant.reason);
  const object = await storage.openRead(grant.key);
  if (!object) throw new AppError("NOT_FOUND", "Not found");
  return { ...object, contentType: grant.contentType, disposition: grant.disposition };
}
