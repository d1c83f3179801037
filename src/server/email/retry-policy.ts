import "server-only";

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_SECONDS = 60;
const MAX_DELAY_SECONDS = 3600;

/**
 * Seconds to wait after the given failed attempt (1-based): 1, 2, 4 … minutes, capped at an hour,
 * with ±20% jitter so that messages failed together do not retry together.
 */
export function retryDelaySeconds(attempt: number, random = Math.random): number {
  const exponential = Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + random() * 0.4));
}
