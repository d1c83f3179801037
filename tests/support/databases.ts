import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { pgliteExtensions } from "@/db/pglite";
import * as schema from "@/db/schema";
import type { Database } from "@/db/types";
import { runMigrations } from "@/db/migrate";
import { createPgListen, pgliteListen, type Listen } from "@/db/notifications";

export type TestDatabase = { name: string; db: Database; close: () => Promise<void>; listen: Listen };
type Factory = { name: string; open: () => Promise<TestDatabase> };

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated PGlite data folder, as a tarball global setup wrote (tests/support/global-setup.ts). */
    pgliteTemplateFile: string;
    /** This run's migrated template database on TEST_DATABASE_URL's server, when it is set. */
    postgresTemplateDatabase: string;
  }
}

/**
 * A new in-memory PGlite, migrated, as the tarball of its data folder. Global setup makes it once per
 * run: a fresh PGlite runs initdb, which on a busy two-core machine takes longer than all the
 * migrations (10–25 s against 1 s at a load average of 12), so no test file should pay for one.
 */
export async function migratedPgliteTarball(): Promise<Blob> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  try {
    await runMigrations(drizzlePglite(client, { schema }) as unknown as Database, "pglite");
    return await client.dumpDataDir("none");
  } finally {
    await client.close();
  }
}

const listenOf = new WeakMap<Database, Listen>();

/** LISTEN on a test database opened here (route handlers get it through routesUseDatabase). */
export function testListen(db: Database): Listen {
  const listen = listenOf.get(db);
  if (!listen) throw new Error("not a database from tests/support/databases.ts");
  return listen;
}

function remember(database: TestDatabase): TestDatabase {
  listenOf.set(database.db, database.listen);
  return database;
}

let pgliteTemplate: Blob | undefined;

/** A fresh in-memory PGlite for each database a test asks for, loaded from the migrated template. */
async function openPglite(): Promise<TestDatabase> {
  pgliteTemplate ??= new Blob([fs.readFileSync(inject("pgliteTemplateFile"))]);
  const client = await PGlite.create({ loadDataDir: pgliteTemplate, extensions: pgliteExtensions });
  return remember({
    name: "pglite",
    db: drizzlePglite(client, { schema }) as unknown as Database,
    listen: pgliteListen(client),
    close: () => client.close(),
  });
}

/** A fresh database copied from the migrated template that global setup prepared. */
async function openPostgres(url: string): Promise<TestDatabase> {
  const name = `pawpath_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("postgresTemplateDatabase")}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: target.toString(), max: 20 });
  // Dropping the database at the end terminates any connection still idle; that is expected.
  pool.on("error", () => {});
  const listeners = createPgListen(target.toString());
  return remember({
    name: "postgres",
    db: drizzlePg(pool, { schema }) as unknown as Database,
    listen: listeners.listen,
    close: async () => {
      await listeners.closeAll();
      await pool.end();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  });
}

/** PGlite always; real PostgreSQL too when TEST_DATABASE_URL is set. */
export const testDatabases: Factory[] = [
  { name: "pglite", open: openPglite },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: "postgres", open: () => openPostgres(process.env.TEST_DATABASE_URL!) }]
    : []),
];
