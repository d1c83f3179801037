import "server-only";
import { randomUUID } from "node:crypto";
import { and, count, eq, gt, isNull, or, sql } from "drizzle-orm";
import { bookingDocuments } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { DocumentChannel } from "@/lib/enum-values";
import type { Actor } from "@/server/access/actor";
import { getStorage } from "@/server/storage/get-storage";
import { sanitizeDisplayName, sizeProblem } from "@/server/storage/file-check";
import { quarantineKey } from "@/server/storage/storage-keys";
import type { StartedUpload } from "@/contracts/documents/views";
import { addBookingDocumentBodySchema, createUploadBodySchema } from "@/contracts/documents/schemas";
import { AppError } from "../errors";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { parseInput } from "../validation";
import { findDocumentsBooking, requireDocumentAccess } from "./document-access";
import { documentLimits, hashDraftKey, UPLOAD_LINK_SECONDS } from "./document-limits";
import { liveDocumentsOf } from "./live-documents";

/** Refuses an empty or oversized file before any bytes are sent, with a sentence naming it. */
function assertSize(displayName: string, size: number, maxBytes: number): void {
  const message = sizeProblem(displayName, size, maxBytes);
  if (message) throw new AppError("VALIDATION", message, { fields: { file: message } });
}

export function tooManyDocuments(displayName: string, maxFiles: number): AppError {
  const message = `${displayName} cannot be added: a booking holds at most ${maxFiles} documents`;
  return new AppError("VALIDATION", message, { fields: { file: message } });
}

async function uploadTarget(id: string, contentType: string, maxBytes: number): Promise<StartedUpload> {
  const target = await getStorage().createUploadTarget({
    key: quarantineKey(id),
    contentType,
    maxBytes,
    expiresInSeconds: UPLOAD_LINK_SECONDS,
  });
  const upload =
    target.method === "POST"
      ? { method: "POST" as const, url: target.url, fields: target.fields }
      : { method: "PUT" as const, url: target.url, headers: target.headers };
  return { id, upload, expiresAt: target.expiresAt.toISOString() };
}

/**
 * A document for a booking not submitted yet (the public form, the marketing site): a pending row tied
 * to the form's draft key, and where to send the bytes. Anonymous: counted per client IP.
 */
export async function startUpload(options: {
  db: Executor;
  body: unknown;
  via: Extract<DocumentChannel, "web_form" | "api">;
  rateLimit: { clientIp: string; max: number; windowSeconds: number };
}): Promise<StartedUpload> {
  const { db, rateLimit } = options;
  const body = parseInput(createUploadBodySchema, options.body, "The document needs attention");
  const displayName = sanitizeDisplayName(body.fileName);
  const { maxBytes, maxFiles } = documentLimits();
  assertSize(displayName, body.size, maxBytes);
  await consumeRateLimit(db, {
    key: `upload:${rateLimit.clientIp}`,
    max: rateLimit.max,
    windowSeconds: rateLimit.windowSeconds,
    message: "Too many uploads from your network in a short time. Please try again later.",
  });
  const draftKeyHash = hashDraftKey(body.draftKey);
  const [draft] = await db
    .select({ documents: count() })
    .from(bookingDocuments)
    .where(
      and(
        eq(bookingDocuments.draftKeyHash, draftKeyHash),
        isNull(bookingDocuments.bookingId),
        isNull(bookingDocuments.deletedAt),
        or(eq(bookingDocuments.status, "ready"), and(eq(bookingDocuments.status, "pending"), recentlyStarted())),
      ),
    );
  if ((draft?.documents ?? 0) >= maxFiles) throw tooManyDocuments(displayName, maxFiles);
  const id = randomUUID();
  await db.insert(bookingDocuments).values({
    id,
    petPosition: body.petIndex ?? null,
    kind: body.kind,
    displayName,
    contentType: body.contentType,
    sizeBytes: body.size,
    storageKey: quarantineKey(id),
    draftKeyHash,
    uploadedVia: options.via,
  });
  return uploadTarget(id, body.contentType, maxBytes);
}

/** A pending upload counts towards the limit while its link can still be used. */
export function recentlyStarted() {
  return gt(bookingDocuments.createdAt, sql`now() - make_interval(secs => ${UPLOAD_LINK_SECONDS})`);
}

/**
 * A document for an existing booking: the team from the record page (documents.upload), a customer
 * on their own booking from the portal (ownDocuments.upload). `supersedesId` replaces a document,
 * which is kept and shown as superseded once this one is checked.
 */
export async function startBookingDocument(options: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  body: unknown;
}): Promise<StartedUpload> {
  const { db, reference } = options;
  const actor = requireDocumentAccess(options.actor, "upload");
  const body = parseInput(addBookingDocumentBodySchema, options.body, "The document needs attention");
  const displayName = sanitizeDisplayName(body.fileName);
  const { maxBytes, maxFiles } = documentLimits();
  assertSize(displayName, body.size, maxBytes);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const booking = await findDocumentsBooking(tx, actor, reference, { lock: true });
    const live = await liveDocumentsOf(tx, booking.id);
    if (body.petId && !live.petIds.includes(body.petId))
      throw new AppError("VALIDATION", "Not one of this booking's pets", {
        fields: { petId: "Not one of this booking's pets" },
      });
    if (body.supersedesId && !live.readyIds.includes(body.supersedesId))
      throw new AppError("VALIDATION", "Not one of this booking's documents", {
        fields: { supersedesId: "Not one of this booking's current documents" },
      });
    // A replacement takes its old document's place, so it never hits the limit.
    if (!body.supersedesId && live.count >= maxFiles) throw tooManyDocuments(displayName, maxFiles);
    await tx.insert(bookingDocuments).values({
      id,
      bookingId: booking.id,
      petId: body.petId ?? null,
      kind: body.kind,
      displayName,
      contentType: body.contentType,
      sizeBytes: body.size,
      storageKey: quarantineKey(id),
      uploadedBy: actor.id,
      uploadedVia: actor.role === "customer" ? "portal" : "back_office",
      supersedesId: body.supersedesId ?? null,
    });
  });
  return uploadTarget(id, body.contentType, maxBytes);
}
