import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../sql";
import type { Database } from "../types";

/** The tables a seed fills; an index or a foreign key on them costs every seeded row. */
const SEEDED_TABLES = ["customers", "bookings", "pets", "booking_events"] as const;

type Definition = { name: string; tableName: string; definition: string };

/**
 * Runs `load` with the seeded tables' secondary indexes and foreign keys set aside when those tables
 * are empty, then builds them once over the loaded rows. Maintaining some twenty indexes row by row
 * is most of what a big seed costs; one sorted build each is several times cheaper. Indexes behind a
 * constraint (primary keys, unique references and idempotency keys) stay, since they are what keeps
 * the rows right while loading. With rows already there it only runs `load`: a live database keeps
 * every index. Whatever happens, everything set aside is put back before this returns.
 */
export async function withIndexesBuiltAfter<T>(db: Database, load: () => Promise<T>): Promise<T> {
  if (!(await seededTablesAreEmpty(db))) return load();
  const tables = sql.join(
    SEEDED_TABLES.map((table) => sql`${table}::regclass`),
    sql`, `,
  );
  const indexes = await queryRows<Definition>(
    db,
    sql`select i.indexrelid::regclass::text as name, i.indrelid::regclass::text as "tableName",
          pg_get_indexdef(i.indexrelid) as definition
        from pg_index i
        where i.indrelid in (${tables})
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  const foreignKeys = await queryRows<Definition>(
    db,
    sql`select conname as name, conrelid::regclass::text as "tableName", pg_get_constraintdef(oid) as definition
        from pg_constraint where contype = 'f' and conrelid in (${tables})`,
  );
  for (const key of foreignKeys) {
    await db.execute(sql`alter table ${sql.identifier(key.tableName)} drop constraint ${sql.identifier(key.name)}`);
  }
  for (const index of indexes) await db.execute(sql`drop index ${sql.raw(index.name)}`);
  try {
    return await load();
  } finally {
    await rebuild(db, indexes, foreignKeys);
  }
}

async function seededTablesAreEmpty(db: Database): Promise<boolean> {
  const checks = SEEDED_TABLES.map((table) => sql`not exists (select 1 from ${sql.identifier(table)})`);
  const [row] = await queryRows<{ empty: boolean }>(db, sql`select ${sql.join(checks, sql` and `)} as empty`);
  return row?.empty ?? false;
}

async function rebuild(db: Database, indexes: Definition[], foreignKeys: Definition[]): Promise<void> {
  // One transaction, so that its settings hold on the one connection that builds: sorts in memory.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    for (const index of indexes) await tx.execute(sql.raw(index.definition));
    // Adding a foreign key back checks every row in one join instead of one lookup per inserted row.
    for (const key of foreignKeys) {
      await tx.execute(
        sql`alter table ${sql.identifier(key.tableName)} add constraint ${sql.identifier(key.name)} ${sql.raw(key.definition)}`,
      );
    }
  });
  for (const table of SEEDED_TABLES) await db.execute(sql`analyze ${sql.identifier(table)}`);
}
