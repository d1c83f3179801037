import "server-only";
import type { Database } from "@/db/types";
import { processOutboxBatch, type ProcessOptions } from "@/server/email/process-outbox";

export type EmailWorker = { stop: () => Promise<void> };

/**
 * Polls the outbox until stopped. A full batch is followed at once by the next; an empty one by a
 * pause. stop() lets the batch in flight finish, so SIGTERM loses nothing and sends nothing twice.
 */
export function startEmailWorker(
  options: Omit<ProcessOptions, "db"> & {
    getDb: () => Promise<Database>;
    pollMs: number;
    onError?: (error: unknown) => void;
    /** Other background work on the same loop, run at most every `everyMs` (such as purging expired bookings). */
    housekeeping?: { everyMs: number; run: () => Promise<unknown> };
  },
): EmailWorker {
  let stopped = false;
  let wake: (() => void) | undefined;
  let lastHousekeeping = 0;
  const batchSize = options.batchSize ?? 20;
  const onError = options.onError ?? ((e: unknown) => console.error("Worker:", e));
  const loop = (async () => {
    while (!stopped) {
      if (options.housekeeping && Date.now() - lastHousekeeping >= options.housekeeping.everyMs) {
        lastHousekeeping = Date.now();
        await options.housekeeping.run().catch(onError);
      }
      let claimed = 0;
      try {
        claimed = await processOutboxBatch({ ...options, db: await options.getDb(), batchSize });
      } catch (error) {
        onError(error);
      }
      if (claimed < batchSize && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
      await options.transport.close?.();
    },
  };
}
