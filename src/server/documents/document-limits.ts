import "server-only";
import { createHash } from "node:crypto";
import { getConfig } from "@/config/env";

/** How long a started upload may take to send its bytes. */
export const UPLOAD_LINK_SECONDS = 15 * 60;
/** The bound on every download link: at most 5 minutes. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;
/** A deleted document is restorable this long, then purged with its object. */
export const DOCUMENT_RESTORE_DAYS = 30;
/** Uploads never attached to a booking (an abandoned form) are swept after this. */
export const UNATTACHED_UPLOAD_HOURS = 24;

export function documentLimits(): { maxBytes: number; maxFiles: number } {
  const config = getConfig();
  return { maxBytes: config.UPLOAD_MAX_BYTES, maxFiles: config.UPLOAD_MAX_FILES_PER_BOOKING };
}

/** Only a hash of the form's draft key is stored: the key itself is the booking's Idempotency-Key. */
export function hashDraftKey(draftKey: string): string {
  return createHash("sha256").update(draftKey).digest("hex");
}
