// npm run bench [-- --seed-bookings N --emails N --duration S --connections C --rebuild]
// Seeds a real PostgreSQL, starts the production build against it and measures over HTTP.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { benchEmailWorker } from "./email";
import { benchIntake } from "./intake";
import { freshDatabase, startBenchPostgres } from "./support/postgres";
import { ensureBuild, startServer } from "./support/server";

const { values } = parseArgs({
  options: {
    "seed-bookings": { type: "string", default: "100000" },
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "10" },
    rebuild: { type: "boolean", default: false },
    emails: { type: "string", default: "2000" },
  },
});

async function main() {
  const seedBookings = Number(values["seed-bookings"]);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  ensureBuild(values.rebuild);

  const postgres = startBenchPostgres();
  try {
    const databaseUrl = await freshDatabase(postgres.adminUrl, "pawpath_bench");
    const { runMigrations } = await import("@/db/migrate");
    const { seedDemoData } = await import("@/db/seed/seed-demo-data");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pg = await import("pg");
    const schema = await import("@/db/schema");
    const pool = new pg.default.Pool({ connectionString: databaseUrl });
    const db = drizzle(pool, { schema }) as never;
    await runMigrations(db, "pg");
    const seedStarted = Date.now();
    await seedDemoData(db, { bookings: seedBookings });
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    await pool.query("vacuum analyze");
    console.log(`Seeded ${seedBookings} bookings in ${seedSeconds.toFixed(1)} s`);
    const email = await benchEmailWorker(db, Number(values.emails), 2);
    console.log(`Email worker: ${email.emails} emails over SMTP in ${email.seconds} s = ${email.emailsPerSecond}/s`);
    await pool.query("delete from email_outbox");
    await pool.end();

    // Production topology: the app servers take bookings; `npm run worker` sends the emails (measured above).
    const server = await startServer({ DATABASE_URL: databaseUrl, INTAKE_RATE_LIMIT_MAX: "100000000", DATABASE_POOL_MAX: "20", EMAIL_WORKER: "false" });
    try {
      // Warm the route, the pool and the JIT before measuring.
      await benchIntake(server, 5, connections);
      const intake = await benchIntake(server, duration, connections);
      const report = { measuredAt: new Date().toISOString(), cores: (await import("node:os")).cpus().length, seedBookings, seedSeconds, email, intake };
      console.log(JSON.stringify(report, null, 2));
      fs.mkdirSync("bench/results", { recursive: true });
      fs.writeFileSync("bench/results/latest.json", JSON.stringify(report, null, 2));
      const target = intake.bookingsPerSecond >= 300 && intake.latencyMs.p95 <= 50 && intake.errors + intake.non2xx === 0 && intake.peakServerRssMb < 300;
      console.log(`Intake: ${intake.bookingsPerSecond} bookings/s, p95 ${intake.latencyMs.p95} ms, errors ${intake.errors + intake.non2xx}, peak RSS ${intake.peakServerRssMb} MB — targets ${target ? "met" : "NOT met"}`);
    } finally {
      await server.stop();
    }
  } finally {
    postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
