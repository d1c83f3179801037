import "server-only";
import path from "node:path";
import { getConfig } from "@/config/env";
import * as schema from "./schema";
import type { Listen } from "./notifications";
import type { Database } from "./types";

/** `listen`: LISTEN/NOTIFY on this database (one dedicated connection per listener with node-postgres). */
export type Connection = { db: Database; driver: "pglite" | "pg"; close: () => Promise<void>; listen: Listen };

// Kept on globalThis: Next.js may load this module more than once per process (instrumentation,
// route bundles, dev reloads), and there must be exactly one connection, above all to PGlite.
const globalKey = Symbol.for("pawpath.db");
type Holder = { [globalKey]?: Promise<Connection> };
const holder = globalThis as Holder;

async function openPostgres(url: string, poolMax: number): Promise<Connection> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: poolMax });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool
  // replaces it on next use.
  pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  const db = drizzle(pool, { schema }) as unknown as Database;
  const { createPgListen } = await import("./notifications");
  const listeners = createPgListen(url);
  return {
    db,
    driver: "pg",
    listen: listeners.listen,
    close: async () => {
      await listeners.closeAll();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Connection> {
  const { openPgliteDatabase } = await import("./pglite");
  return openPgliteDatabase(path.resolve(dataDir, "pglite"));
}

/**
 * The app's database, opened on first use (never at import time, so `next build` never touches it).
 * With DATABASE_URL: node-postgres. Without: embedded PGlite under DATA_DIR, migrated on open.
 */
export function getConnection(): Promise<Connection> {
  holder[globalKey] ??= (async () => {
    const config = getConfig();
    return config.DATABASE_URL
      ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX)
      : openPglite(config.DATA_DIR);
  })().catch((error: unknown) => {
    delete holder[globalKey];
    throw error;
  });
  return holder[globalKey];
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}

export async function closeDb(): Promise<void> {
  const pending = holder[globalKey];
  delete holder[globalKey];
  if (pending) await (await pending).close();
}

/** Tests hand route handlers and use cases a database they prepared (a PGlite clone, a test DB). */
export function useConnectionForTests(connection: Connection): void {
  holder[globalKey] = Promise.resolve(connection);
}
