import "server-only";
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";

/**
 * Where an imported booking came from: one row per document of the old system (issue 17). The original is
 * kept whole, so no field of it is ever lost, and its checksum tells a later run whether it changed since.
 */
export const bookingImports = pgTable(
  "booking_imports",
  {
    bookingId: uuid("booking_id")
      .primaryKey()
      .references(() => bookings.id, { onDelete: "cascade" }),
    // "mongo": the Booking Submission Engine's collection.
    source: text("source").notNull(),
    // The document's _id as text (an ObjectId's 24 hex digits).
    sourceId: text("source_id").notNull(),
    // The original document as canonical Extended JSON v2, exactly as read (text keeps its key order and
    // any character a jsonb column would refuse).
    document: text("document").notNull(),
    // sha256 (hex) of `document`.
    documentSha256: text("document_sha256").notNull(),
    runId: uuid("run_id").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Why: an id is imported once; every run looks its batch's ids up here.
  (t) => [uniqueIndex("booking_imports_source_key").on(t.source, t.sourceId)],
);

export type BookingImport = typeof bookingImports.$inferSelect;
