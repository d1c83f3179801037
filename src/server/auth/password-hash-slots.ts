/**
 * A counting semaphore with its own instruments. Each password hash holds ~19 MiB (Argon2id) or
 * 128 MiB (a legacy scrypt hash) for its whole run, so a burst of sign-ins must queue for a slot
 * instead of all allocating at once; `inFlight` and `highWaterMark` let tests and operators see it hold.
 */
export function createHashSlots(limit: number) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`hash slots: limit must be a positive integer, got ${limit}`);
  let inFlight = 0;
  let highWaterMark = 0;
  const waiting: Array<() => void> = [];

  async function run<T>(task: () => Promise<T>): Promise<T> {
    // A released slot is handed straight to the next waiter (inFlight stays counted), so no newcomer slips in between.
    if (inFlight >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else inFlight += 1;
    highWaterMark = Math.max(highWaterMark, inFlight);
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else inFlight -= 1;
    }
  }

  return {
    limit,
    run,
    inFlight: () => inFlight,
    waiting: () => waiting.length,
    highWaterMark: () => highWaterMark,
    resetHighWaterMark: () => {
      highWaterMark = inFlight;
    },
  };
}

export type HashSlots = ReturnType<typeof createHashSlots>;
