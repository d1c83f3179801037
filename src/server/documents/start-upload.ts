import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/sql";
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
import { rateLimitCounter, throwIfOverLimit } from "../rate-limit/consume-rate-limit";
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
  const limit = {
    key: `upload:${rateLimit.clientIp}`,
    max: rateLimit.max,
    windowSeconds: rateLimit.windowSeconds,
    message: "Too many uploads from your network in a short time. Please try again later.",
  };
  const draftKeyHash = hashDraftKey(body.draftKey);
  const id = randomUUID();
  // One round trip: count the client's attempt, count the draft's documents, and add the row only when
  // both are within their limits (many uploads start together; three statements queued for connections).
  const [row] = await queryRows<{
    count: number | null;
    retry_after: number | null;
    documents: number;
    id: string | null;
  }>(
    db,
    sql`
      with counted as (
        ${rateLimitCounter(limit.key, limit.windowSeconds)}
      ), draft as (
        select count(*)::int as documents from booking_documents d
        where d.draft_key_hash = ${draftKeyHash} and d.booking_id is null and d.deleted_at is null
          and (d.status = 'ready'
            or (d.status = 'pending' and d.created_at > now() - make_interval(secs => ${UPLOAD_LINK_SECONDS})))
      ), inserted as (
        insert into booking_documents (id, pet_position, kind, display_name, content_type, size_bytes, storage_key,
          draft_key_hash, uploaded_via)
        select ${id}::uuid, ${body.petIndex ?? null}::smallint, ${body.kind}::document_kind, ${displayName},
          ${body.contentType}, ${body.size}, ${quarantineKey(id)}, ${draftKeyHash}, ${options.via}::document_channel
        from counted, draft
        where counted.count <= ${limit.max} and draft.documents < ${maxFiles}
        returning id
      )
      select counted.count, counted.retry_after, draft.documents, (select id from inserted) as id
      from counted, draft`,
  );
  throwIfOverLimit(row, limit);
  if (!row?.id) throw tooManyDocuments(displayName, maxFiles);
  return uploadTarget(id, body.contentType, maxBytes);
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
