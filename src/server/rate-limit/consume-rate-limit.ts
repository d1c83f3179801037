import { sql } from "drizzle-orm";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { AppError } from "../errors";

type RateLimitOptions = { key: string; max: number; windowSeconds: number; message: string };

/**
 * Counts one attempt against a fixed window stored in PostgreSQL (one atomic upsert, so it holds
 * across app servers and restarts). Throws RATE_LIMITED with Retry-After seconds past the limit.
 */
export async function consumeRateLimit(db: Executor, options: RateLimitOptions): Promise<void> {
  const { key, max, windowSeconds, message } = options;
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    sql`
      insert into rate_limits as r (key, window_start, count) values (${key}, now(), 1)
      on conflict (key) do update set
        count = case when r.window_start <= now() - make_interval(secs => ${windowSeconds}) then 1 else r.count + 1 end,
        window_start = case when r.window_start <= now() - make_interval(secs => ${windowSeconds}) then now() else r.window_start end
      returning count,
        ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`,
  );
  if (row && row.count > max) {
    throw new AppError("RATE_LIMITED", message, { retryAfterSeconds: Math.max(1, row.retry_after) });
  }
}
