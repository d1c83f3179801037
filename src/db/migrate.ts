import "server-only";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "./types";

export const migrationsFolder = path.join(process.cwd(), "src/db/migrations");

/** Applies the committed drizzle-kit migrations that this database has not seen yet. */
export async function runMigrations(db: Database, driver: "pglite" | "pg"): Promise<void> {
  if (driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    await migrate(db as never, { migrationsFolder });
  }
}

type Journal = { entries: { when: number; tag: string }[] };

/** True when the newest committed migration has been applied to this database. */
export async function migrationsAreCurrent(db: Database): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as Journal;
  const newest = journal.entries.at(-1);
  if (!newest) return true;
  try {
    const result = await db.execute<{ created_at: string }>(
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const applied = (result as unknown as { rows: { created_at: string }[] }).rows[0];
    return applied !== undefined && Number(applied.created_at) >= newest.when;
  } catch {
    return false;
  }
}
