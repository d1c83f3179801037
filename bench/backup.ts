// Backup and restore at size (issue 16): deploy/backup.sh to a folder, then deploy/restore.sh --latest
// into a scratch database with all its checks, timed. `npm run bench -- --only backup` seeds a fresh
// database (--backup-bookings, 100,000 by default); --backup-database-url measures an existing one,
// which the backup only reads (pg_dump in a read-only snapshot) and the restore never touches.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type BackupBenchResult = {
  database: string;
  bookings: number;
  backupSeconds: number;
  dumpMb: number;
  restoreSeconds: number;
  pgRestoreSeconds: number;
  checksPassed: boolean;
};

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Backs up `databaseUrl` to a temporary folder, restores it into a scratch database, drops that. */
export async function benchBackupRestore(databaseUrl: string): Promise<BackupBenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-bench-backup-"));
  const env = {
    DATABASE_URL: databaseUrl,
    BACKUP_DIR: path.join(folder, "backups"),
    // The database only: documents are measured by the upload bench, not here.
    DATA_DIR: path.join(folder, "data"),
    STORAGE_DRIVER: "local",
    PAWPATH_ENV_FILE: "/nonexistent",
    BACKUP_ENV_FILE: "/nonexistent",
    BACKUP_WORK_DIR: folder,
  };
  try {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const bookings = Number((await client.query("select count(*) from bookings")).rows[0].count);
    await client.end();

    const backupStarted = performance.now();
    const backup = await run("deploy/backup.sh", [], env);
    const backupSeconds = Math.round((performance.now() - backupStarted) / 100) / 10;
    if (backup.code !== 0) throw new Error(`backup.sh failed:\n${backup.output}`);
    const [name] = fs.readdirSync(env.BACKUP_DIR);
    const dumpBytes = fs.statSync(path.join(env.BACKUP_DIR, name!, "database.dump")).size;

    const restore = await run("deploy/restore.sh", ["--latest", "--drop-after"], env);
    const times = /Restore time: ([\d.]+) s \(pg_restore ([\d.]+) s/.exec(restore.output);
    if (!times) throw new Error(`restore.sh printed no restore time:\n${restore.output}`);
    return {
      database: new URL(databaseUrl).pathname.slice(1),
      bookings,
      backupSeconds,
      dumpMb: Math.round(dumpBytes / 1e5) / 10,
      restoreSeconds: Number(times[1]),
      pgRestoreSeconds: Number(times[2]),
      checksPassed: restore.code === 0,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function describeBackupRestore(result: BackupBenchResult): string {
  return (
    `  ${result.database} (${result.bookings.toLocaleString("en")} bookings): backup ${result.backupSeconds} s, ` +
    `dump ${result.dumpMb} MB; restore ${result.restoreSeconds} s (pg_restore ${result.pgRestoreSeconds} s), ` +
    `checks ${result.checksPassed ? "passed" : "FAILED"}`
  );
}

/**
 * The backup part of `npm run bench`: a freshly seeded database of `bookings` bookings on the bench server,
 * and `existingDatabaseUrl` (say, the million-booking database) when given. The seeded one is dropped after.
 */
export async function benchBackups(options: {
  adminUrl: string;
  bookings: number;
  existingDatabaseUrl?: string;
}): Promise<BackupBenchResult[]> {
  const { freshDatabase } = await import("./support/postgres");
  const { runMigrations } = await import("@/db/migrate");
  const { seedDemoData } = await import("@/db/seed/seed-demo-data");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const schema = await import("@/db/schema");
  const name = "pawpath_backup_bench";
  const seededUrl = await freshDatabase(options.adminUrl, name);
  const pool = new pg.Pool({ connectionString: seededUrl, max: 4 });
  const results: BackupBenchResult[] = [];
  try {
    const db = drizzle(pool, { schema }) as never;
    await runMigrations(db, "pg");
    console.log(`Seeding ${options.bookings.toLocaleString("en")} bookings for the backup bench…`);
    await seedDemoData(db, { bookings: options.bookings });
    await pool.query("vacuum analyze");
    results.push(await benchBackupRestore(seededUrl));
    console.log(describeBackupRestore(results.at(-1)!));
  } finally {
    await pool.end();
    const admin = new pg.Client({ connectionString: options.adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  if (options.existingDatabaseUrl) {
    results.push(await benchBackupRestore(options.existingDatabaseUrl));
    console.log(describeBackupRestore(results.at(-1)!));
  }
  return results;
}
