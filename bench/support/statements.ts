// How many SQL statements one request sends, and how long PostgreSQL spent on them, from
// pg_stat_statements (loaded by the bench's own cluster; on a server without it the figures are absent).
import type pg from "pg";

export type StatementCount = { statements: number; databaseMs: number };

/** Whether pg_stat_statements can be read here (created in this database if the server loaded it). */
export async function enableStatementCounts(pool: pg.Pool): Promise<boolean> {
  try {
    await pool.query("create extension if not exists pg_stat_statements");
    await pool.query("select pg_stat_statements_reset()");
    return true;
  } catch {
    return false;
  }
}

/**
 * The statements `request` caused in this database (the bench sends nothing else meanwhile). Our own
 * reset and read are left out by their text.
 */
export async function countStatements(pool: pg.Pool, request: () => Promise<unknown>): Promise<StatementCount> {
  await pool.query("select pg_stat_statements_reset()");
  await request();
  const { rows } = await pool.query<{ statements: string | null; ms: number | null }>(
    `select sum(calls) as statements, sum(total_exec_time) as ms from pg_stat_statements
     where dbid = (select oid from pg_database where datname = current_database())
       and query not like '%pg_stat_statements%'`,
  );
  return {
    statements: Number(rows[0]?.statements ?? 0),
    databaseMs: Math.round((rows[0]?.ms ?? 0) * 10) / 10,
  };
}
