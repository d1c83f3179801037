import type { Database } from "@/db/types";
import { processOutboxBatch, type ProcessOptions } from "./process-outbox";

export type EmailWorker = { stop: () => Promise<void> };

/**
 * Polls the outbox until stopped. A full batch is followed at once by the next; an empty one by a
 * pause. stop() lets the batch in flight finish, so SIGTERM loses nothing and sends nothing twice.
 */
export function startEmailWorker(
  options: Omit<ProcessOptions, "db"> & { getDb: () => Promise<Database>; pollMs: number; onError?: (error: unknown) => void },
): EmailWorker {
  let stopped = false;
  let wake: (() => void) | undefined;
  const batchSize = options.batchSize ?? 20;
  const loop = (async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = await processOutboxBatch({ ...options, db: await options.getDb(), batchSize });
      } catch (error) {
        (options.onError ?? ((e) => console.error("Email worker:", e)))(error);
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
