// The backup drill (issue 16): deploy/backup.sh and deploy/restore.sh against the real PostgreSQL, to a
// folder and to s3rver, with their retention, a corrupted copy, and the failure alert through the outbox.
// pg_dump and pg_restore need a PostgreSQL server: on PGlite-only runs (no TEST_DATABASE_URL) the drill is
// skipped; CI always sets it.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { useConnectionForTests } from "@/db/client";
import { migrationsAreCurrent } from "@/db/migrate";
import { createPgListen } from "@/db/notifications";
import * as schema from "@/db/schema";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import type { Database } from "@/db/types";
import { createBooking } from "@/server/bookings/create-booking";
import { processOutboxBatch } from "@/server/email/process-outbox";
import { createSmtpTransport } from "@/server/email/transports/smtp";
import { useStorageForTests } from "@/server/storage/get-storage";
import { LocalStorageDriver } from "@/server/storage/local-driver";
import { bookingBody } from "@/testing/factories/booking-body";
import { pdfBytes } from "../fixtures/documents";
import { uploadToBooking } from "../support/documents-api";
import { S3RVER_CREDENTIALS, TestS3Server } from "../support/s3-server";
import { runCommand } from "../support/run-command";
import { TestSmtpServer } from "../support/smtp-server";
import { createTeam } from "../support/team";

const serverUrl = process.env.TEST_DATABASE_URL;
const APP = "http://localhost:3000";
const OPS_EMAIL = "ops.backups@pawpath.test";

/** A database on the test server: an empty one, or a copy of this run's migrated template. */
async function createDatabase(name: string, fromTemplate: boolean) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${fromTemplate ? ` template ${inject("postgresTemplateDatabase")}` : ""}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/** Every table's exact row count, counted here independently of the scripts. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select schemaname || '.' || tablename as name from pg_tables
       where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const [schemaName, table] = name.split(".");
      const result = await client.query<{ count: string }>(`select count(*) from "${schemaName}"."${table}"`);
      counts[name] = Number(result.rows[0]!.count);
    }
    return counts;
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)(
  "backup and restore drill on real PostgreSQL (skipped without TEST_DATABASE_URL: pg_dump needs a server, PGlite has none)",
  () => {
    const source = `pawpath_backup_source_${randomUUID().replaceAll("-", "")}`;
    const restored: string[] = [];
    const s3 = new TestS3Server({ bucket: "pawpath-backups" });
    let sourceUrl = "";
    let pool: pg.Pool;
    let db: Database;
    let closeListen: () => Promise<void>;
    let folder = "";
    let reference = "";
    let documentKey = "";
    const document = pdfBytes("a passport, backed up and restored");

    /** backup.sh or restore.sh with settings in files, as on the VM (/etc/pawpath/env and backup.env). */
    async function script(name: "backup.sh" | "restore.sh", args: string[], settings: Record<string, string>) {
      const appEnv = path.join(folder, "env");
      const backupEnv = path.join(folder, "backup.env");
      await fs.writeFile(appEnv, `DATABASE_URL=${sourceUrl}\nDATA_DIR="${folder}/data"\nSTORAGE_DRIVER=local\n`);
      await fs.writeFile(
        backupEnv,
        Object.entries(settings)
          .map(([key, value]) => `${key}=${value}\n`)
          .join(""),
      );
      // Nothing of this process's own settings leaks in: the scripts read the files.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|DATA_DIR|STORAGE_DRIVER|BACKUP_)/.test(key)),
      );
      return runCommand("bash", [path.join("deploy", name), ...args], {
        env: { ...env, ...S3RVER_CREDENTIALS, PAWPATH_ENV_FILE: appEnv, BACKUP_ENV_FILE: backupEnv },
      });
    }

    const s3Settings = () => ({
      BACKUP_S3_URI: `s3://${s3.bucket}/nightly`,
      BACKUP_S3_ENDPOINT: s3.endpoint,
      BACKUP_S3_FORCE_PATH_STYLE: "true",
    });

    /** Restores into a new database and checks it here too: rows, migrations, the booking, the document. */
    async function restoreAndCheck(args: string[], settings: Record<string, string>) {
      const target = `pawpath_backup_restored_${randomUUID().replaceAll("-", "")}`;
      restored.push(target);
      const uploads = path.join(folder, `${target}-uploads`);
      const result = await script("restore.sh", [...args, "--database", target, "--uploads-dir", uploads], settings);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/ok {4}every table's row count equals the backup's \(\d+ tables/);
      expect(result.output).toContain("ok    migrations current for this release");
      expect(result.output).toMatch(/Restore time: \d+\.\d s/);

      const url = new URL(sourceUrl);
      url.pathname = `/${target}`;
      expect(await rowCounts(url.toString())).toEqual(await rowCounts(sourceUrl));
      const restoredPool = new pg.Pool({ connectionString: url.toString() });
      try {
        expect(await migrationsAreCurrent(drizzle(restoredPool, { schema }) as unknown as Database)).toBe(true);
        const found = await restoredPool.query("select id from bookings where reference = $1", [reference]);
        expect(found.rowCount).toBe(1);
      } finally {
        await restoredPool.end();
      }
      const restoredDocument = await fs.readFile(path.join(uploads, ...documentKey.split("/")));
      expect(new Uint8Array(restoredDocument)).toEqual(document);
      return result;
    }

    beforeAll(async () => {
      for (const [name, value] of Object.entries(S3RVER_CREDENTIALS)) vi.stubEnv(name, value);
      vi.stubEnv("APP_URL", APP);
      vi.stubEnv("OPS_EMAIL", OPS_EMAIL);
      folder = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-backup-drill-"));
      await s3.start();
      sourceUrl = await createDatabase(source, true);
      pool = new pg.Pool({ connectionString: sourceUrl, max: 5 });
      pool.on("error", () => {});
      db = drizzle(pool, { schema }) as unknown as Database;
      const listeners = createPgListen(sourceUrl);
      closeListen = listeners.closeAll;
      useConnectionForTests({ db, driver: "pg", close: async () => {}, listen: listeners.listen });
      useStorageForTests(
        new LocalStorageDriver({
          root: path.join(folder, "data/uploads"),
          secret: randomUUID() + randomUUID(),
          appUrl: APP,
        }),
      );

      // A small office's data: seeded bookings, a team, a booking from the form and a document on it.
      await seedDemoData(db, { bookings: 60, seed: 16 });
      const { staff } = await createTeam(db);
      ({ reference } = await createBooking({ db, body: bookingBody(), source: "web_form" }));
      const upload = await uploadToBooking(await staff.sessionCookie(), reference, {
        name: "passport.pdf",
        bytes: document,
      });
      expect(upload.complete?.status).toBe(200);
      const stored = await pool.query<{ storage_key: string }>("select storage_key from booking_documents");
      documentKey = stored.rows[0]!.storage_key;
      expect(documentKey).toMatch(/^bookings\//);
    });

    afterAll(async () => {
      useStorageForTests(undefined);
      await closeListen?.();
      await pool?.end();
      for (const name of [source, ...restored]) await dropDatabase(name);
      await s3.stop();
      await fs.rm(folder, { recursive: true, force: true });
      vi.unstubAllEnvs();
    });

    it("backs up to a folder, then restores it into a fresh database with every row, the migrations and the document", async () => {
      const backups = path.join(folder, "backups");
      const backup = await script("backup.sh", [], { BACKUP_DIR: backups });
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toMatch(/Stored and verified: database\.dump [\d.]+ MB, uploads\.tar\.gz/);
      const [name, ...others] = await fs.readdir(backups);
      expect(others).toEqual([]);
      expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{6}Z$/);
      // Personal data: readable by the backup's owner only.
      expect((await fs.stat(path.join(backups, name!, "database.dump"))).mode & 0o077).toBe(0);

      await restoreAndCheck(["--file", path.join(backups, name!)], { BACKUP_DIR: backups });
    });

    it("backs up to S3 (s3rver) and restores the latest from there", async () => {
      const backup = await script("backup.sh", [], s3Settings());
      expect(backup.code, backup.output).toBe(0);
      await restoreAndCheck(["--latest"], s3Settings());
    });

    it("refuses to restore a backup whose dump was altered, and creates no database", async () => {
      const backups = path.join(folder, "backups");
      const [name] = await fs.readdir(backups);
      const damaged = path.join(folder, "damaged", name!);
      await fs.cp(path.join(backups, name!), damaged, { recursive: true });
      const dump = await fs.readFile(path.join(damaged, "database.dump"));
      const middle = dump.length >> 1;
      dump[middle] = dump[middle]! ^ 0xff;
      await fs.writeFile(path.join(damaged, "database.dump"), dump);
      const target = `pawpath_backup_refused_${randomUUID().replaceAll("-", "")}`;
      const result = await script("restore.sh", ["--file", damaged, "--database", target], {});
      expect(result.code).toBe(1);
      expect(result.output).toContain("database.dump does not match its manifest");
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const exists = await admin.query("select 1 from pg_database where datname = $1", [target]);
      await admin.end();
      expect(exists.rowCount).toBe(0);
    });

    it("keeps the newest backup of 7 days, 4 weeks and 6 months, and deletes the rest", async () => {
      const backups = path.join(folder, "retention");
      // A backup every night of the second half of 2025 (fake: a manifest is what makes one count), and an
      // unfinished one that never counts. Today's real backup takes this week's and this month's place.
      const nights: string[] = [];
      for (
        let day = new Date("2025-07-01T02:30:00Z");
        day.getUTCFullYear() === 2025;
        day.setUTCDate(day.getUTCDate() + 1)
      )
        nights.push(`${day.toISOString().slice(0, 10)}T023000Z`);
      for (const name of nights) {
        await fs.mkdir(path.join(backups, name), { recursive: true });
        await fs.writeFile(path.join(backups, name, "manifest"), "format pawpath-backup 1\n");
      }
      await fs.mkdir(path.join(backups, "2025-12-31T040000Z"));

      const result = await script("backup.sh", [], { BACKUP_DIR: backups });
      expect(result.code, result.output).toBe(0);
      const left = (await fs.readdir(backups)).sort();
      const today = left.at(-1)!;
      expect(today > "2026").toBe(true);
      expect(left).toEqual(
        [
          // days: today and the 6 newest nights
          ...["26", "27", "28", "29", "30", "31"].map((day) => `2025-12-${day}T023000Z`),
          "2025-12-31T040000Z", // unfinished: not a backup, left alone
          // weeks: today's, 2026-W01 (Dec 29–31), 2025-W52 (Dec 22–28, its newest 28th), 2025-W51 (its newest the 21st)
          "2025-12-21T023000Z",
          // months: today's, then the newest of December (31st), November, October, September, August
          "2025-11-30T023000Z",
          "2025-10-31T023000Z",
          "2025-09-30T023000Z",
          "2025-08-31T023000Z",
          today,
        ].sort(),
      );
    });

    it("does not accept a copy that reads back wrong, and deletes nothing older", async () => {
      // Between the script and s3rver, a store that returns one flipped byte of every dump it is asked for.
      const proxy = http.createServer((request, response) => {
        const upstream = http.request(
          { host: "127.0.0.1", port: s3.port, path: request.url, method: request.method, headers: request.headers },
          (answer) => {
            const chunks: Buffer[] = [];
            answer.on("data", (chunk: Buffer) => chunks.push(chunk));
            answer.on("end", () => {
              const body = Buffer.concat(chunks);
              if (request.method === "GET" && request.url?.includes("/database.dump") && body.length > 0) body[0]! ^= 1;
              response.writeHead(answer.statusCode ?? 502, answer.headers);
              response.end(body);
            });
          },
        );
        request.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
      const settings = {
        ...s3Settings(),
        BACKUP_S3_ENDPOINT: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
        // A successful run would delete every older backup.
        BACKUP_KEEP_DAILY: "1",
        BACKUP_KEEP_WEEKLY: "0",
        BACKUP_KEEP_MONTHLY: "0",
      };
      const before = await runCommand("node", ["deploy/lib/backup-s3.mjs", "list", s3Settings().BACKUP_S3_URI], {
        env: { ...process.env, ...S3RVER_CREDENTIALS, ...s3Settings(), BACKUP_S3_FORCE_PATH_STYLE: "true" },
      });
      expect(before.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(1);
      try {
        const result = await script("backup.sh", [], settings);
        expect(result.code).toBe(1);
        expect(result.output).toContain("the stored copy of database.dump does not match");
        expect(result.output).toContain("nothing older was deleted");
      } finally {
        await new Promise((resolve) => proxy.close(resolve));
      }
      const after = await runCommand("node", ["deploy/lib/backup-s3.mjs", "list", s3Settings().BACKUP_S3_URI], {
        env: { ...process.env, ...S3RVER_CREDENTIALS, ...s3Settings() },
      });
      // The same backups as before, and no trace of the refused one (not even its data files).
      expect(after.stdout).toBe(before.stdout);
      const client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "nightly/" }));
      client.destroy();
      const backupsHolding = new Set((listed.Contents ?? []).map((object) => object.Key!.split("/")[1]));
      expect([...backupsHolding].sort()).toEqual(before.stdout.trim().split("\n").sort());
    });

    it("emails OPS_EMAIL the failed backup's log through the outbox and the worker", async () => {
      // The backup fails the way a night can: its database is unreachable.
      const failed = await runCommand("bash", ["deploy/backup.sh"], {
        env: {
          ...process.env,
          DATABASE_URL: "postgres://postgres@127.0.0.1:9/pawpath",
          BACKUP_DIR: path.join(folder, "unused"),
          BACKUP_ENV_FILE: "/nonexistent",
          PAWPATH_ENV_FILE: "/nonexistent",
        },
      });
      expect(failed.code).not.toBe(0);
      expect(failed.output).toContain("backup.sh: cannot connect to the database");

      // What pawpath-alert@.service runs (deploy/lib/alert-unit-failed.sh), with that log on its input.
      const alert = await runCommand(
        "npm",
        [
          "run",
          "--silent",
          "ops:alert",
          "--",
          "--subject",
          "pawpath-backup.service failed on bookings-1",
          "--unit",
          "pawpath-backup.service",
        ],
        { env: { ...process.env, DATABASE_URL: sourceUrl, OPS_EMAIL }, input: failed.output },
      );
      expect(alert.code, alert.output).toBe(0);
      expect(alert.stdout).toContain(`Queued the alert "pawpath-backup.service failed on bookings-1" to ${OPS_EMAIL}`);
      // OPS_EMAIL also hears of new bookings (the drill's own booking): the alert is one more row, to it.
      const queued = await pool.query<{ data: { unit: string; logTail: string } }>(
        "select data from email_outbox where template = 'ops_alert' and to_address = $1",
        [OPS_EMAIL],
      );
      expect(queued.rows).toHaveLength(1);
      expect(queued.rows[0]!.data.unit).toBe("pawpath-backup.service");

      const smtp = await new TestSmtpServer().start();
      const transport = createSmtpTransport(smtp.url);
      try {
        while ((await processOutboxBatch({ db, transport, from: "PawPath Bookings <bookings@pawpathsae.com>" })) > 0) {
          // Send everything due, the booking's own emails included.
        }
      } finally {
        await transport.close?.();
        await smtp.stop();
      }
      const toOps = smtp.received.filter(
        (message) => message.envelopeTo.includes(OPS_EMAIL) && message.mail.subject?.includes("failed"),
      );
      expect(toOps).toHaveLength(1);
      expect(toOps[0]!.mail.subject).toContain("pawpath-backup.service failed on bookings-1");
      expect(toOps[0]!.mail.text).toContain("backup.sh: cannot connect to the database");
    });
  },
);
