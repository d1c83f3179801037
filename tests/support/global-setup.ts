import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import type { TestProject } from "vitest/node";
import * as schema from "@/db/schema";
import type { Database } from "@/db/types";
import { runMigrations } from "@/db/migrate";
import { migratedPgliteTarball } from "./databases";

const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * Prepares the migrated templates every test database is copied from, once per run: a PGlite data
 * folder, and a database on the real PostgreSQL when TEST_DATABASE_URL is set. Returns the teardown.
 */
export default async function setup(project: TestProject) {
  const [pgliteFolder, postgresTemplate] = await Promise.all([writePgliteTemplate(), createPostgresTemplate()]);
  project.provide("pgliteTemplateFile", path.join(pgliteFolder, TARBALL));
  if (postgresTemplate) project.provide("postgresTemplateDatabase", postgresTemplate.name);
  return async () => {
    fs.rmSync(pgliteFolder, { recursive: true, force: true });
    await postgresTemplate?.drop();
  };
}

const TARBALL = "migrated.tar";

async function writePgliteTemplate(): Promise<string> {
  const tarball = Buffer.from(await (await migratedPgliteTarball()).arrayBuffer());
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-test-pglite-"));
  fs.writeFileSync(path.join(folder, TARBALL), tarball);
  return folder;
}

/** A migrated template database named for this run, so two runs on one server never drop each other's. */
async function createPostgresTemplate() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return undefined;
  const parsed = new URL(url);
  if (!localHosts.has(parsed.hostname) && !parsed.searchParams.get("host")?.startsWith("/")) {
    throw new Error(`Refusing to run tests against a non-local database (${parsed.hostname})`);
  }
  const name = `pawpath_test_template_${randomUUID().replaceAll("-", "")}`;
  const onServer = async (statement: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await onServer(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: target.toString() });
  await runMigrations(drizzle(pool, { schema }) as unknown as Database, "pg");
  await pool.end();
  return { name, drop: () => onServer(`drop database if exists ${name} with (force)`) };
}
