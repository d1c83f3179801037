import "server-only";

/**
 * Route handlers and server actions still running. The HTTP drain (http-drain.ts) stops counting a
 * request when its client hangs up, but the handler behind it may still be writing: a booking whose
 * client timed out is still stored if the database stays open until the handler returns.
 */
const running = new Set<Promise<unknown>>();

export function trackWork<T>(work: Promise<T>): Promise<T> {
  running.add(work);
  const forget = () => running.delete(work);
  work.then(forget, forget);
  return work;
}

/** Resolves when no tracked work is running, or after `timeoutMs`; says how many were left running. */
export async function workSettled(timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (running.size > 0 && Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
    await Promise.race([Promise.allSettled([...running]), timeout]);
    clearTimeout(timer);
  }
  return running.size;
}
