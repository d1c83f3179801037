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

/**
 * Independent small reads in ONE statement, each a subquery answering one json value (an object, an
 * array, a jsonb column or null) under its name. A statement costs the web process about 0.35 ms of CPU
 * in node-postgres and the kernel whatever it reads, so a page that reads four small things reads them
 * together. The parts travel as one json object, which a driver may hand back unparsed.
 */
export async function selectTogether<T extends Record<string, unknown>>(
  executor: Executor,
  parts: { [K in keyof T]: SQL },
): Promise<T> {
  const fields = Object.entries(parts as Record<string, SQL>).map(([name, part]) => sql`${name}::text, (${part})`);
  const [row] = await queryRows<{ together: T | string }>(
    executor,
    sql`select json_build_object(${sql.join(fields, sql`, `)}) as together`,
  );
  const together = row!.together;
  return typeof together === "string" ? (JSON.parse(together) as T) : together;
}
