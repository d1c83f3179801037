import "server-only";
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bookings } from "./bookings";
import { documentChannel, documentKind, documentStatus } from "./enums";
import { pets } from "./pets";

/**
 * A document's row: what was uploaded, by whom and how, and where its checked bytes are. The object's key
 * is built by the server from ids (`quarantine/{id}` until checked and attached, then
 * `bookings/{bookingId}/{id}`), never from the file's name.
 */
export const bookingDocuments = pgTable(
  "booking_documents",
  {
    id: uuid("id").primaryKey(),
    // Null while a form's upload waits for its booking to be submitted.
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "cascade" }),
    petId: uuid("pet_id").references(() => pets.id, { onDelete: "set null" }),
    // The form's pet (0-based) for an upload made before its booking exists; used when it is attached.
    petPosition: smallint("pet_position"),
    kind: documentKind("kind").notNull(),
    displayName: text("display_name").notNull(),
    // The type and size declared at upload until the check, then the checked ones.
    contentType: text("content_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256"),
    storageKey: text("storage_key").notNull(),
    thumbnailKey: text("thumbnail_key"),
    status: documentStatus("status").notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    // sha256 of the form's draft key (its Idempotency-Key): only that submission may attach the upload.
    draftKeyHash: text("draft_key_hash"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedVia: documentChannel("uploaded_via").notNull(),
    supersedesId: uuid("supersedes_id").references((): AnyPgColumn => bookingDocuments.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    // Why: a booking's documents, oldest first, and the live count under the booking's lock.
    index("booking_documents_booking_idx").on(t.bookingId, t.createdAt),
    // Why: the worker's sweep of uploads never attached to a booking.
    index("booking_documents_unattached_idx")
      .on(t.createdAt)
      .where(sql`${t.bookingId} is null`),
    // Why: the worker's purge of documents deleted more than 30 days ago.
    index("booking_documents_deleted_idx")
      .on(t.deletedAt)
      .where(sql`${t.deletedAt} is not null`),
  ],
);

/**
 * Objects to delete from storage, written in the same transaction as the row that owned them is deleted
 * or purged, and carried out by the worker: a row never points at a missing object, and a crash between
 * the two leaves a task, not an orphan.
 */
export const storageDeletions = pgTable(
  "storage_deletions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    storageKey: text("storage_key").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    notBefore: timestamp("not_before", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("storage_deletions_due_idx").on(t.notBefore)],
);

export type BookingDocument = typeof bookingDocuments.$inferSelect;
