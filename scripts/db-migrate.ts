// npm run db:migrate: applies the committed migrations to DATABASE_URL, or to the embedded PGlite in DATA_DIR.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getConfig } from "@/config/env";
import { getConnection } from "@/db/client";
import { runDatabaseScript } from "./lib/run-database-script";
import { migrationsFolder, runMigrations } from "@/db/migrate";
import { queryRows } from "@/db/sql";
import type { Database } from "@/db/types";

function migrationTags(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

async function appliedCount(db: Database): Promise<number> {
  try {
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    return row?.count ?? 0;
  } catch {
    return 0; // A new database: drizzle creates its bookkeeping table on the first run.
  }
}

async function main(): Promise<void> {
  const { DATABASE_URL, DATA_DIR } = getConfig();
  const tags = migrationTags();
  if (!DATABASE_URL) {
    // Opening the embedded database applies any pending migration.
    const { db } = await getConnection();
    const applied = await appliedCount(db);
    console.log(
      `Embedded PGlite in ${path.resolve(DATA_DIR, "pglite")} is migrated (${applied} of ${tags.length} migrations).`,
    );
    return;
  }
  const url = new URL(DATABASE_URL);
  const target = `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  const { db } = await getConnection();
  const before = await appliedCount(db);
  await runMigrations(db, "pg");
  const after = await appliedCount(db);
  if (after === before) {
    console.log(`${target} was already up to date (${after} migrations).`);
  } else {
    console.log(`Applied ${after - before} migration(s) to ${target}:`);
    for (const tag of tags.slice(before, after)) console.log(`  ${tag}`);
  }
}

await runDatabaseScript(main);
