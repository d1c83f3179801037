import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { bookingDocuments } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import type { CompletedUpload } from "@/contracts/documents/views";
import { getStorage } from "@/server/storage/get-storage";
import { AppError } from "../errors";
import { checkUploadedBytes, completedUpload } from "./check-upload";

/**
 * The bytes of a form's upload arrived: check them. A checked upload waits in quarantine, ready, until
 * the booking that names it is submitted (intake attaches it and moves it into place). Completing
 * twice answers the same.
 */
export async function completeUpload({ db, id }: { db: Executor; id: string }): Promise<CompletedUpload> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such upload");
  const [document] = await db
    .select()
    .from(bookingDocuments)
    .where(and(eq(bookingDocuments.id, id), isNull(bookingDocuments.deletedAt)));
  // Only the public form's uploads are completed here; a booking's own go through its documents route.
  if (!document || document.uploadedVia === "portal" || document.uploadedVia === "back_office")
    throw new AppError("NOT_FOUND", "No such upload");
  if (document.status === "ready") return completedUpload(document);
  const checked = await checkUploadedBytes(db, getStorage(), document);
  const [updated] = await db
    .update(bookingDocuments)
    .set({ status: "ready", contentType: checked.contentType, sizeBytes: checked.size, sha256: checked.sha256 })
    .where(and(eq(bookingDocuments.id, id), eq(bookingDocuments.status, "pending")))
    .returning();
  if (updated) return completedUpload(updated);
  // A parallel complete got there first: answer with what it decided.
  const [now] = await db.select().from(bookingDocuments).where(eq(bookingDocuments.id, id));
  if (now?.status === "ready") return completedUpload(now);
  throw new AppError("VALIDATION", now?.rejectionReason ?? `${document.displayName} was refused`, {
    fields: { file: now?.rejectionReason ?? `${document.displayName} was refused` },
  });
}
