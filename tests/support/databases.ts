import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { pgliteExtensions } from "@/db/pglite";
import * as schema from "@/db/schema";
import type { Database } from "@/db/types";
import { runMigrations } from "@/db/migrate";

export type TestDatabase = { name: string; db: Database; close: () => Promise<void> };
type Factory = { name: string; open: () => Promise<TestDatabase> };

let pgliteTemplate: Promise<PGlite> | undefined;

/** One migrated in-memory PGlite per test file, cloned for each database a test asks for. */
async function openPglite(): Promise<TestDatabase> {
  pgliteTemplate ??= (async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await runMigrations(drizzlePglite(client, { schema }) as unknown as Database, "pglite");
    return client;
  })();
  const client = (await (await pgliteTemplate).clone()) as PGlite;
  return {
    name: "pglite",
    db: drizzlePglite(client, { schema }) as unknown as Database,
    close: () => client.close(),
  };
}

export const TEMPLATE_DATABASE = "pawpath_test_template";

/** A fresh database copied from the migrated template that global setup prepared. */
async function openPostgres(url: string): Promise<TestDatabase> {
  const name = `pawpath_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: target.toString(), max: 20 });
  // Dropping the database at the end terminates any connection still idle; that is expected.
  pool.on("error", () => {});
  return {
    name: "postgres",
    db: drizzlePg(pool, { schema }) as unknown as Database,
    close: async () => {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** PGlite always; real PostgreSQL too when TEST_DATABASE_URL is set. */
export const testDatabases: Factory[] = [
  { name: "pglite", open: openPglite },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "postgres", open: () => openPostgres(process.env.TEST_DATABASE_URL!) }]
    : []),
];
