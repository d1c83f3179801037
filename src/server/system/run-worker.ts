import "server-only";
import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { purgeExpiredBookings } from "@/server/bookings/delete-booking";
import { documentsHousekeeping } from "@/server/documents/storage-housekeeping";
import { getStorage } from "@/server/storage/get-storage";
import { createTransport } from "@/server/email/create-transport";
import { startEmailWorker, type EmailWorker } from "./worker-loop";

const HOUR_MS = 3_600_000;

/**
 * The worker as configured: the provider EMAIL_PROVIDER names, sender and reply-to from settings.
 * Once an hour it also purges bookings and documents deleted more than 30 days ago, moves documents an
 * interrupted intake left in quarantine, sweeps abandoned uploads and carries out queued object deletions.
 */
export function runConfiguredEmailWorker(): EmailWorker {
  const config = getConfig();
  return startEmailWorker({
    getDb,
    transport: createTransport(config, getDb),
    from: config.EMAIL_FROM,
    replyTo: config.EMAIL_REPLY_TO,
    pollMs: config.EMAIL_WORKER_POLL_MS,
    housekeeping: {
      everyMs: HOUR_MS,
      run: async () => {
        const db = await getDb();
        const purged = await purgeExpiredBookings({ db });
        if (purged.length > 0)
          console.log(`Purged ${purged.length} booking(s) deleted more than 30 days ago: ${purged.join(", ")}`);
        const documents = await documentsHousekeeping(db, getStorage());
        if (Object.values(documents).some((count) => count > 0))
          console.log(`Documents housekeeping: ${JSON.stringify(documents)}`);
      },
    },
  });
}
