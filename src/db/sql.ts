import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "./types";

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = await executor.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/**
 * A list as ONE array parameter (`= any(…)`): drizzle expands a JS array into separate parameters, which
 * an empty list turns into invalid SQL. Each element is quoted as PostgreSQL's array literal requires.
 */
export function arrayParam(values: readonly string[], type: "text" | "uuid"): SQL {
  const literal = `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  return type === "uuid" ? sql`${literal}::uuid[]` : sql`${literal}::text[]`;
}
