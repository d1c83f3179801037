import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { AppError } from "../errors";

export type RateLimitOptions = { key: string; max: number; windowSeconds: number; message: string };

/**
 * The fixed-window counter upsert (one atomic statement, so it holds across app servers and restarts),
 * returning `count` and `retry_after` seconds. `unless`: a condition under which nothing is counted.
 */
export function rateLimitCounter(key: string, windowSeconds: number, unless: SQL = sql`false`): SQL {
  const expired = sql`r.window_start <= now() - make_interval(secs => ${windowSeconds})`;
  return sql`
    insert into rate_limits as r (key, window_start, count)
    select ${key}, now(), 1 where not (${unless})
    on conflict (key) do update set
      count = case when ${expired} then 1 else r.count + 1 end,
      window_start = case when ${expired} then now() else r.window_start end
    returning count,
      ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`;
}

export function throwIfOverLimit(
  row: { count: number | null; retry_after: number | null } | undefined,
  options: RateLimitOptions,
) {
  if (row?.count != null && row.count > options.max) {
    throw new AppError("RATE_LIMITED", options.message, { retryAfterSeconds: Math.max(1, row.retry_after ?? 1) });
  }
}

/** Counts one attempt; throws RATE_LIMITED with Retry-After seconds past the limit. */
export async function consumeRateLimit(db: Executor, options: RateLimitOptions): Promise<void> {
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    rateLimitCounter(options.key, options.windowSeconds),
  );
  throwIfOverLimit(row, options);
}
