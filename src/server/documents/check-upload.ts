import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { bookingDocuments, type BookingDocument } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { CompletedUpload } from "@/contracts/documents/views";
import { checkFile, SNIFF_BYTES } from "@/server/storage/file-check";
import type { StorageDriver } from "@/server/storage/storage-driver";
import { AppError } from "../errors";
import { documentLimits } from "./document-limits";

export type CheckedBytes = { contentType: string; size: number; sha256: string };

function refusal(message: string): AppError {
  return new AppError("VALIDATION", message, { fields: { file: message } });
}

/** What complete answers for a checked document. */
export function completedUpload(document: Pick<BookingDocument, "id" | "contentType" | "sizeBytes">): CompletedUpload {
  return { id: document.id, status: "ready", contentType: document.contentType, size: document.sizeBytes };
}

/**
 * Refuses a document for good: its quarantined object is deleted, the row keeps the reason (a retried
 * complete answers the same), and the error names the file.
 */
export async function rejectDocument(
  db: Executor,
  storage: StorageDriver,
  document: BookingDocument,
  message: string,
): Promise<never> {
  await storage.delete(document.storageKey);
  await db
    .update(bookingDocuments)
    .set({ status: "rejected", rejectionReason: message })
    .where(and(eq(bookingDocuments.id, document.id), eq(bookingDocuments.status, "pending")));
  throw refusal(message);
}

/**
 * Checks a pending document's bytes in quarantine: size (HEAD), type from the first bytes (a range
 * GET; file-type, never the name or the browser's claim), then its sha256 read as a stream. A refused
 * file is rejected (and its object deleted) with a sentence naming it; bytes that have not arrived yet
 * leave the document pending, so the person can send them again.
 */
export async function checkUploadedBytes(
  db: Executor,
  storage: StorageDriver,
  document: BookingDocument,
): Promise<CheckedBytes> {
  const name = document.displayName;
  if (document.status === "rejected") throw refusal(document.rejectionReason ?? `${name} was refused`);
  const size = await storage.head(document.storageKey);
  if (size === null) throw refusal(`${name} has not arrived yet; upload it again`);
  const { maxBytes } = documentLimits();
  const firstBytes = size === 0 ? new Uint8Array() : await storage.readStart(document.storageKey, SNIFF_BYTES);
  if (firstBytes === null) throw refusal(`${name} has not arrived yet; upload it again`);
  const check = await checkFile({ displayName: name, size, firstBytes, maxBytes });
  if (!check.ok) return rejectDocument(db, storage, document, check.message);
  return { contentType: check.contentType, size, sha256: await sha256Of(storage, document.storageKey) };
}

async function sha256Of(storage: StorageDriver, key: string): Promise<string> {
  const object = await storage.openRead(key);
  if (!object) throw new Error(`Object vanished while checking: ${key}`);
  const hash = createHash("sha256");
  for await (const chunk of object.stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
