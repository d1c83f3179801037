import "server-only";
import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { contentDisposition } from "@/server/storage/file-check";
import { getStorage } from "@/server/storage/get-storage";
import { AppError } from "../errors";
import { findBookingDocument } from "./complete-booking-document";
import { findDocumentsBooking, requireDocumentAccess } from "./document-access";
import { DOWNLOAD_LINK_SECONDS } from "./document-limits";

/**
 * A link that downloads one checked document, valid for at most 5 minutes: always as an attachment with
 * its checked type (never inline: a JPEG that is also HTML must not render). The link is answered to
 * the browser as a redirect and never stored or logged.
 */
export async function documentDownloadUrl(options: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  id: string;
}): Promise<string> {
  const { db, reference, id } = options;
  const actor = requireDocumentAccess(options.actor, "read");
  const booking = await findDocumentsBooking(db, actor, reference);
  const document = await findBookingDocument(db, booking.id, id);
  if (document.status !== "ready") throw new AppError("NOT_FOUND", "No such document");
  return getStorage().createDownloadUrl({
    key: document.storageKey,
    contentType: document.contentType,
    disposition: contentDisposition(document.displayName, "attachment"),
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
}
