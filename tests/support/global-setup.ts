import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "@/db/schema";
import type { Database } from "@/db/types";
import { runMigrations } from "@/db/migrate";
import { TEMPLATE_DATABASE } from "./databases";

const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Prepares a migrated template database on the real PostgreSQL, when one is configured. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const parsed = new URL(url);
  if (!localHosts.has(parsed.hostname) && !parsed.searchParams.get("host")?.startsWith("/")) {
    throw new Error(`Refusing to run tests against a non-local database (${parsed.hostname})`);
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${TEMPLATE_DATABASE}`;
  const pool = new pg.Pool({ connectionString: target.toString() });
  await runMigrations(drizzle(pool, { schema }) as unknown as Database, "pg");
  await pool.end();
}
