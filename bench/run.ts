// npm run bench [-- --seed-bookings N --app-port P --only email,intake,list,admin,export,signin,upload,portal,import,deploy,scale-out,backup --portal-streams 200 --import-sizes 10000,100000 --database-url URL --emails N --duration S --connections C --signin-rounds R --upload-sizes 1,5,10 --upload-parallel 50 --upload-drivers local,s3 --upload-port P --scale-out-port P --scale-out-bookings N --backup-bookings N --backup-database-url URL --rebuild --node 24]
// Seeds a real PostgreSQL, starts the production build against it and measures over HTTP.
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { benchAdminPage } from "./admin-page";
import { benchEmailWorker } from "./email";
import { benchIntakeBesideAnchor } from "./intake";
import { benchDeploy } from "./deploy";
import { benchExport } from "./export";
import { benchImport } from "./import";
import { benchPortal, type PortalResult } from "./portal";
import { describeScaleOut, rehearseScaleOut } from "./scale-out";
import { benchBackups } from "./backup";
import { benchList, listScenarios } from "./list";
import { benchSignIn, prepareSignInBench } from "./signin";
import { benchUploads } from "./upload";
import { prepareListBench } from "./support/list-setup";
import { freshDatabase, startBenchPostgres, type BenchPostgres } from "./support/postgres";
import { ensureBuild, startServer } from "./support/server";
import { enableStatementCounts } from "./support/statements";
import { onNodeAsked } from "./support/node-runtime";

const { values } = parseArgs({
  options: {
    "seed-bookings": { type: "string", default: "100000" },
    // An already seeded database (seeding a million bookings takes minutes): migrated, not reseeded.
    "database-url": { type: "string" },
    only: { type: "string", default: "email,intake,list,export" },
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "10" },
    "list-runs": { type: "string", default: "40" },
    // The app server's port (list, admin, export, signin, intake, portal): another on this machine may hold 3600.
    "app-port": { type: "string", default: "3600" },
    rebuild: { type: "boolean", default: false },
    emails: { type: "string", default: "2000" },
    // Rounds of `connections` simultaneous sign-ins.
    "signin-rounds": { type: "string", default: "20" },
    // Documents (issue 14): file sizes in MB, uploads at once, drivers, and the first of three ports
    // (app, bare anchor, s3rver; away from the e2e servers' 3600-3625).
    "upload-sizes": { type: "string", default: "1,5,10" },
    "upload-parallel": { type: "string", default: "50" },
    "upload-drivers": { type: "string", default: "local,s3" },
    "upload-port": { type: "string", default: "3650" },
    // Customer portal (issue 15): live journey streams held open at once.
    "portal-streams": { type: "string", default: "200" },
    // Scale-out rehearsal (issue 16): Caddy's port; the two apps take the next two.
    "scale-out-port": { type: "string", default: "3670" },
    "scale-out-bookings": { type: "string", default: "300" },
    // Backups (issue 16): a seeded database of this size, and an existing one (read only) if given.
    "backup-bookings": { type: "string", default: "100000" },
    "backup-database-url": { type: "string" },
    // The MongoDB importer (issue 17): generated documents per file, one import each.
    "import-sizes": { type: "string", default: "10000,100000" },
    // The Node.js everything runs on (the app server, the anchors, the SQL replay): a major version, fetched
    // from npm, or a binary's path. Production runs Node 24 LTS; by default the bench uses this machine's Node.
    node: { type: "string" },
  },
});
if (values.node) onNodeAsked(values.node);

const parts = new Set(values.only.split(","));
// Parts with their own databases and servers: run alone, they need no seeded bench database. `deploy` is the
// deploy rehearsal's figures and the backup and restore ones (issue 16's `--only deploy`).
const SELF_CONTAINED_PARTS = new Set(["deploy", "scale-out", "backup"]);

/** The same server's maintenance database, for parts that create databases beside a given one. */
function serverAdminUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

const totalCpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** The 1, 5 and 15 minute load averages: these machines are shared, so every figure carries them. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
}

function writeReport(report: Record<string, unknown>) {
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/latest.json", JSON.stringify(report, null, 2));
  console.log("Full report: bench/results/latest.json");
}

async function main() {
  console.log(`Node ${process.version}, ${os.cpus().length} cores, load ${loadAverage()}`);
  const seedBookings = Number(values["seed-bookings"]);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  // Only the parts that run the app need the production build (import and backup run scripts alone).
  const serverParts = ["list", "admin", "export", "signin", "intake", "portal", "upload", "deploy", "scale-out"];
  if (serverParts.some((part) => parts.has(part))) ensureBuild(values.rebuild);

  const postgres: BenchPostgres = values["database-url"] ? { adminUrl: "", stop: () => {} } : startBenchPostgres();
  const report: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    cores: os.cpus().length,
    loadAverageAtStart: loadAverage(),
    node: process.version,
  };
  try {
    // Parts that make their own databases run first; alone, they skip the seeding below.
    const adminUrl = postgres.adminUrl || serverAdminUrl(values["database-url"]!);
    if (parts.has("deploy")) report.deploy = await benchDeploy(adminUrl);
    if (parts.has("scale-out")) {
      const scaleOut = await rehearseScaleOut({
        adminUrl,
        bookings: Number(values["scale-out-bookings"]),
        connections,
        port: Number(values["scale-out-port"]),
      });
      report.scaleOut = { ...scaleOut, loadAverage: loadAverage() };
      for (const line of describeScaleOut(scaleOut)) console.log(line);
    }
    if (parts.has("backup") || parts.has("deploy")) {
      console.log(`Backup and restore (deploy/backup.sh to a folder, deploy/restore.sh with its checks):`);
      const backups = await benchBackups({
        adminUrl,
        bookings: Number(values["backup-bookings"]),
        existingDatabaseUrl: values["backup-database-url"],
      });
      report.backup = { runs: backups, loadAverage: loadAverage() };
    }
    if ([...parts].every((part) => SELF_CONTAINED_PARTS.has(part))) {
      writeReport(report);
      return;
    }
    const databaseUrl = values["database-url"] ?? (await freshDatabase(postgres.adminUrl, "pawpath_bench"));
    const { runMigrations } = await import("@/db/migrate");
    const { seedDemoData } = await import("@/db/seed/seed-demo-data");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pg = await import("pg");
    const schema = await import("@/db/schema");
    const pool = new pg.default.Pool({ connectionString: databaseUrl, max: 4 });
    const db = drizzle(pool, { schema }) as never;
    await runMigrations(db, "pg");
    if (!values["database-url"]) {
      const seedStarted = Date.now();
      const benchCpuBefore = process.cpuUsage();
      const postgresCpuBefore = postgres.cpuMs?.() ?? 0;
      await seedDemoData(db, { bookings: seedBookings });
      const seedCpuSeconds = {
        seeder: Math.round(totalCpuMs(process.cpuUsage(benchCpuBefore)) / 100) / 10,
        postgres: postgres.cpuMs ? Math.round(((postgres.cpuMs() - postgresCpuBefore) / 1000) * 10) / 10 : null,
      };
      report.seedBookings = seedBookings;
      report.seedSeconds = (Date.now() - seedStarted) / 1000;
      report.seedCpuSeconds = seedCpuSeconds;
      await pool.query("vacuum analyze");
      console.log(
        `Seeded ${seedBookings} bookings in ${report.seedSeconds} s (load ${loadAverage()}); CPU: seeder ${seedCpuSeconds.seeder} s, ` +
          `PostgreSQL ${seedCpuSeconds.postgres ?? "not measured (BENCH_DATABASE_URL)"} s`,
      );
    }
    report.bookings = Number((await pool.query("select count(*) from bookings")).rows[0].count);
    if (parts.has("email")) {
      const email = await benchEmailWorker(db, Number(values.emails), 2);
      report.email = email;
      console.log(`Email worker: ${email.emails} emails over SMTP in ${email.seconds} s = ${email.emailsPerSecond}/s`);
      await pool.query("delete from email_outbox");
    }
    const list =
      parts.has("list") || parts.has("admin") || parts.has("export") ? await prepareListBench(db, pool) : undefined;
    if (parts.has("upload")) {
      report.upload = await benchUploads({
        databaseUrl,
        port: Number(values["upload-port"]),
        sizesMb: values["upload-sizes"].split(",").map(Number),
        parallel: Number(values["upload-parallel"]),
        drivers: values["upload-drivers"].split(",").filter((driver) => driver === "local" || driver === "s3"),
      });
    }
    if (parts.has("signin")) await prepareSignInBench(db, connections);
    if (parts.has("import")) {
      console.log(`MongoDB import from generated mongoexport files (load ${loadAverage()}):`);
      const runs = await benchImport(databaseUrl, values["import-sizes"].split(",").map(Number));
      report.import = { runs, loadAverage: loadAverage() };
    }

    // The upload part starts its own servers (one per storage driver); the rest share this one.
    if (!["list", "admin", "export", "signin", "intake", "portal"].some((part) => parts.has(part))) {
      await pool.end();
      writeReport(report);
      return;
    }

    // Production topology: the app servers take bookings; `npm run worker` sends the emails (measured above).
    // The per-IP limits would otherwise answer 429 first: every bench client is 127.0.0.1.
    const server = await startServer(
      {
        DATABASE_URL: databaseUrl,
        INTAKE_RATE_LIMIT_MAX: "100000000",
        SIGN_IN_RATE_LIMIT_MAX: "100000000",
        TRACK_RATE_LIMIT_MAX: "100000000",
        DATABASE_POOL_MAX: "20",
        EMAIL_WORKER: "false",
      },
      Number(values["app-port"]),
    );
    try {
      const cookie = list ? await list.signIn(server.url) : "";
      if (list && parts.has("list")) {
        console.log(
          `Bookings table over HTTP (signed in as staff) vs the same SQL through node-postgres, ${values["list-runs"]} runs each:`,
        );
        report.list = await benchList({
          server,
          cookie,
          db,
          actor: list.actor,
          scenarios: await listScenarios(pool),
          runs: Number(values["list-runs"]),
        });
      }
      if (list && parts.has("admin")) {
        const search = (await listScenarios(pool)).find((view) => view.name.startsWith("search: customer"))!;
        const views = [
          { name: "default view (active bookings)", params: {} },
          { name: "status filter (pending)", params: { status: "pending" } },
          { name: search.name, params: search.params },
        ];
        console.log(
          `The whole /admin page vs GET /api/v1/bookings for the same view, ${values["list-runs"]} runs each, interleaved (load ${loadAverage()}):`,
        );
        report.adminPage = {
          loadAverage: loadAverage(),
          views: await benchAdminPage({
            server,
            cookie,
            views,
            runs: Number(values["list-runs"]),
            statementsPool: (await enableStatementCounts(pool)) ? pool : undefined,
          }),
        };
      }
      if (list && parts.has("export")) {
        const exported = await benchExport({ server, cookie, params: list.exportParams, db, actor: list.actor });
        report.export = exported;
        const line = (run: { rows: number; bytes: number; firstByteMs: number; seconds: number }) =>
          `${run.rows} rows, ${(run.bytes / 1e6).toFixed(1)} MB, first byte ${run.firstByteMs} ms, all in ${run.seconds} s`;
        console.log(`CSV export (load ${loadAverage()}):`);
        console.log(`  over HTTP:   ${line(exported.http)}`);
        console.log(`  in process:  ${line(exported.inProcess)} (the same use case without Next.js or HTTP)`);
        console.log(
          `  HTTP / in process ×${exported.ratio}; server RSS ${exported.serverRssBeforeMb} MB before, peak ${exported.peakServerRssMb} MB`,
        );
      }
      if (parts.has("signin")) {
        const signIn = await benchSignIn(server, { concurrent: connections, rounds: Number(values["signin-rounds"]) });
        report.signIn = { ...signIn, loadAverage: loadAverage() };
        console.log(
          `Sign-in: ${signIn.signIns} sign-ins, ${signIn.concurrent} at once: p50 ${signIn.latencyMs.p50} ms, p95 ${signIn.latencyMs.p95} ms, max ${signIn.latencyMs.max} ms, ` +
            `${signIn.signInsPerSecond}/s, failures ${signIn.failures}; server RSS ${signIn.serverRssBeforeMb} MB before, peak ${signIn.peakServerRssMb} MB (load ${loadAverage()})`,
        );
      }
      if (parts.has("portal")) {
        const portal = await benchPortal({
          server,
          db,
          pool,
          runs: Number(values["list-runs"]),
          streams: Number(values["portal-streams"]),
        });
        report.portal = { ...portal, loadAverage: loadAverage() };
        const line = (name: string, part: PortalResult["journey"]) =>
          `  ${name.padEnd(34)} HTTP p50 ${part.http.p50} p95 ${part.http.p95} ms | in process p50 ${part.inProcess.p50} p95 ${part.inProcess.p95} ms | ×${part.ratio}`;
        console.log(`Customer portal and tracking, ${values["list-runs"]} runs each (load ${loadAverage()}):`);
        console.log(line("GET …/me/bookings/{ref}/journey", portal.journey));
        console.log(line("POST /api/v1/track", portal.track));
        console.log(
          `  ${portal.streams.open} open journey streams: server RSS ${portal.streams.rssBeforeMb} → ${portal.streams.rssAfterMb} MB (+${portal.streams.addedMb} MB)`,
        );
        console.log(
          `  commit → event on an open stream: p50 ${portal.commitToEvent.p50} ms, p95 ${portal.commitToEvent.p95} ms (${portal.commitToEvent.events} events)`,
        );
      }
      if (parts.has("intake")) {
        report.intake = await benchIntakeBesideAnchor(server, databaseUrl, duration, connections);
      }
    } finally {
      await server.stop();
      await pool.end();
    }
    writeReport(report);
  } finally {
    postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
