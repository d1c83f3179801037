import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import type { DocumentChannel, DocumentKind, DocumentStatus } from "@/lib/enum-values";
import { can, type Actor } from "@/server/access/actor";
import type { BookingDocumentView } from "@/contracts/documents/views";
import { contentDisposition } from "@/server/storage/file-check";
import { getStorage } from "@/server/storage/get-storage";
import { findDocumentsBooking, requireDocumentAccess } from "./document-access";
import { DOCUMENT_RESTORE_DAYS, DOWNLOAD_LINK_SECONDS } from "./document-limits";

type DocumentRow = {
  id: string;
  kind: DocumentKind;
  pet_id: string | null;
  pet_name: string | null;
  display_name: string;
  content_type: string;
  size_bytes: string | number;
  status: DocumentStatus;
  uploaded_via: DocumentChannel;
  uploaded_by: string | null;
  created_at: string | Date;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  deleted_at: string | Date | null;
  thumbnail_key: string | null;
};

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * A booking's checked documents, oldest first: the team's (documents.read) for any booking, a customer's
 * for their own only (NOT_FOUND otherwise). Deleted ones within their 30 days are listed for those who
 * may restore them. Thumbnails come as short-lived links made for this answer.
 */
export async function listBookingDocuments(options: {
  db: Executor;
  actor: Actor | null;
  reference: string;
}): Promise<BookingDocumentView[]> {
  const { db, reference } = options;
  const actor = requireDocumentAccess(options.actor, "read");
  const booking = await findDocumentsBooking(db, actor, reference);
  const withDeleted = can(actor, "documents.delete");
  const rows = await queryRows<DocumentRow>(
    db,
    sql`
      select d.id, d.kind, d.pet_id, p.name as pet_name, d.display_name, d.content_type, d.size_bytes, d.status,
        d.uploaded_via, u.name as uploaded_by, d.created_at, d.supersedes_id, d.deleted_at, d.thumbnail_key,
        (select newer.id from booking_documents newer
          where newer.supersedes_id = d.id and newer.status = 'ready' and newer.deleted_at is null
          order by newer.created_at desc limit 1) as superseded_by_id
      from booking_documents d
      left join pets p on p.id = d.pet_id
      left join users u on u.id = d.uploaded_by
      where d.booking_id = ${booking.id} and d.status = 'ready'
        and (d.deleted_at is null or (${withDeleted} and d.deleted_at > now() - make_interval(days => ${DOCUMENT_RESTORE_DAYS})))
      order by d.created_at, d.id`,
  );
  const storage = getStorage();
  return Promise.all(
    rows.map(async (row): Promise<BookingDocumentView> => {
      const deletedAt = row.deleted_at ? new Date(row.deleted_at) : null;
      return {
        id: row.id,
        kind: row.kind,
        petId: row.pet_id,
        petName: row.pet_name,
        name: row.display_name,
        contentType: row.content_type,
        sizeBytes: Number(row.size_bytes),
        status: row.status,
        uploadedVia: row.uploaded_via,
        uploadedBy: row.uploaded_by,
        createdAt: iso(row.created_at),
        supersedesId: row.supersedes_id,
        supersededById: row.superseded_by_id,
        deletedAt: deletedAt?.toISOString() ?? null,
        restorableUntil: deletedAt
          ? new Date(deletedAt.getTime() + DOCUMENT_RESTORE_DAYS * 86_400_000).toISOString()
          : null,
        thumbnailUrl:
          row.thumbnail_key && !deletedAt
            ? await storage.createDownloadUrl({
                key: row.thumbnail_key,
                contentType: "image/webp",
                disposition: contentDisposition(`${row.display_name}.webp`, "inline"),
                expiresInSeconds: DOWNLOAD_LINK_SECONDS,
              })
            : null,
      };
    }),
  );
}
