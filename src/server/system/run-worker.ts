import "server-only";
import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { purgeExpiredBookings } from "@/server/bookings/delete-booking";
import { createTransport } from "@/server/email/create-transport";
import { startEmailWorker, type EmailWorker } from "./worker-loop";

const HOUR_MS = 3_600_000;

/**
 * The worker as configured: the provider EMAIL_PROVIDER names, sender and reply-to from settings.
 * Once an hour it also purges bookings deleted more than 30 days ago.
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
        const purged = await purgeExpiredBookings({ db: await getDb() });
        if (purged.length > 0)
          console.log(`Purged ${purged.length} booking(s) deleted more than 30 days ago: ${purged.join(", ")}`);
      },
    },
  });
}
