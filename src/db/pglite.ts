import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import path from "node:path";
import { lockDataDir } from "./lock";
import { pgliteListen } from "./notifications";
import { runMigrations } from "./migrate";
import * as schema from "./schema";
import type { Database } from "./types";

export const pgliteExtensions = { pg_trgm };

/** Opens (creating if needed) a file-backed PGlite, locked to this process and migrated. */
export async function openPgliteDatabase(dataDir: string) {
  const release = lockDataDir(path.dirname(dataDir));
  try {
    const client = await PGlite.create({ dataDir, extensions: pgliteExtensions });
    const db = drizzle(client, { schema }) as unknown as Database;
    await runMigrations(db, "pglite");
    return {
      db,
      driver: "pglite" as const,
      listen: pgliteListen(client),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
