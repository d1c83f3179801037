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

/** Small reads that ride along in one statement, by name: each a subquery answering one json value. */
export type Together = Record<string, SQL>;

/** The parts as one json object, for a statement to select (selectTogether, or one that runs anyway). */
export function togetherSql(parts: Together): SQL {
  const fields = Object.entries(parts).map(([name, part]) => sql`${name}::text, (${part})`);
  return sql`json_build_object(${sql.join(fields, sql`, `)})`;
}

/** The parts' values read back from togetherSql's column: a driver may hand json back unparsed. */
export function readTogether<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/**
 * Independent small reads in ONE statement, each a subquery answering one json value (an object, an
 * array, a jsonb column or null) under its name. Each statement is a round trip (the socket write that
 * wakes PostgreSQL took ~0.35 ms of a request here) and a parse and plan on the database's cores, so a
 * page that reads several small things reads them together. The parts travel as one json object.
 */
export async function selectTogether<T extends Record<string, unknown>>(
  executor: Executor,
  parts: { [K in keyof T]: SQL },
): Promise<T> {
  const [row] = await queryRows<{ together: unknown }>(executor, sql`select ${togetherSql(parts)} as together`);
  return readTogether<T>(row!.together);
}
