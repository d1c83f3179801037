// The scale-out rehearsal (issue 16; docs/scaling.md): what production looks like once one VM is not
// enough. Two app processes (`next start`, one production build) behind Caddy's load balancer, one
// PostgreSQL, two email workers, a real SMTP server. `npm run bench -- --only scale-out`.
//
//   1. With the default-sized limits: a session made on one process is valid on the other; the intake
//      and sign-in limits are shared (one client's attempts alternate between the processes).
//   2. The apps restarted with the limits lifted (every bench client is 127.0.0.1): the intake bench
//      through Caddy. Then: 0 errors, every booking stored once, every email sent once.
import autocannon from "autocannon";
import { randomBytes, randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "@/db/schema";
import { runMigrations } from "@/db/migrate";
import type { Database } from "@/db/types";
import { createUser } from "@/server/users/create-user";
import { bookingBody } from "./intake";
import { startCaddyBalancer } from "./support/caddy-balancer";
import { percentile } from "./support/percentiles";
import { freshDatabase } from "./support/postgres";
import { startServer, type BenchServer } from "./support/server";
import { startSmtpRecorder } from "./support/smtp-recorder";

export type ScaleOutResult = {
  sessionSharedAcrossProcesses: boolean;
  intakeLimit: { max: number; statuses: number[]; shared: boolean };
  signInLimit: { max: number; statuses: number[]; shared: boolean };
  intake: {
    seconds: number;
    connections: number;
    statuses: Record<string, number>;
    requests: number;
    bookingsPerSecond: number;
    latencyMs: { p50: number; p95: number; max: number };
    errors: number;
    non2xx: number;
    appCpuSeconds: number[];
  };
  bookings: { answered201: number; stored: number; customersWithTwoBookings: number };
  emails: {
    queued: number;
    dead: number;
    received: number;
    distinct: number;
    drainSeconds: number;
    workerCpuSeconds: number[];
  };
  passed: boolean;
};

const PASSWORD = "scale-out rehearsal passphrase 2026";

type Worker = { process: ChildProcess; cpuMs: () => number; stop: () => Promise<void> };

/** `npm run worker`'s own command (tsx with the server-only preload), started directly so its PID is the worker's. */
async function startWorker(env: Record<string, string>): Promise<Worker> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/lib/server-only-preload.mjs", "scripts/worker.ts"],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Email worker running")) resolve();
    });
  });
  const cpuMs = () => {
    // utime + stime, in ticks of 10 ms (/proc/PID/stat fields 14 and 15).
    const fields = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  return {
    process: child,
    cpuMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

/** One client (one forwarded address) alternating between the two processes: the (max+1)th is refused. */
async function limitIsShared(
  attempt: (app: BenchServer, i: number) => Promise<number>,
  apps: BenchServer[],
  max: number,
) {
  const statuses: number[] = [];
  for (let i = 0; i < max + 2; i++) statuses.push(await attempt(apps[i % 2]!, i));
  const shared =
    statuses.slice(0, max).every((status) => status !== 429) && statuses.slice(max).every((s) => s === 429);
  return { max, statuses, shared };
}

/**
 * `bookings` bookings through the balancer, `connections` at a time. A fixed number, not a duration: a run
 * cut off by a timer leaves requests that were stored but never answered, and every booking is counted.
 */
async function driveIntake(url: string, bookings: number, connections: number) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let created = 0;
  const result = await new Promise<Parameters<Parameters<typeof autocannon>[1]>[1]>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/v1/bookings`,
        connections,
        amount: bookings,
        timeout: 60,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => ({
              ...request,
              headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
              body: bookingBody(),
            }),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 201) created += 1;
    });
  });
  return { result, latencies, created, statuses };
}

export async function rehearseScaleOut(options: {
  adminUrl: string;
  bookings: number;
  connections: number;
  port: number;
}): Promise<ScaleOutResult> {
  const { connections, port } = options;
  const databaseUrl = await freshDatabase(options.adminUrl, "pawpath_scale_out");
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const db = drizzle(pool, { schema }) as unknown as Database;
  await runMigrations(db, "pg");
  const staffEmail = `scale.out.${randomUUID().slice(0, 8)}@pawpath.test`;
  await createUser({ db, input: { email: staffEmail, name: "Scale-out Staff", role: "staff", password: PASSWORD } });

  const smtp = await startSmtpRecorder();
  const appPorts = [port + 1, port + 2];
  const balancer = await startCaddyBalancer(port, appPorts);
  const common = {
    DATABASE_URL: databaseUrl,
    APP_URL: balancer.url,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
    EMAIL_WORKER: "false",
    DATABASE_POOL_MAX: "10",
  };
  const workers = await Promise.all(
    [1, 2].map(() =>
      startWorker({
        ...common,
        NODE_ENV: "production",
        EMAIL_PROVIDER: "smtp",
        SMTP_URL: smtp.url,
        EMAIL_WORKER_POLL_MS: "200",
      }),
    ),
  );
  let apps: BenchServer[] = [];
  const startApps = async (env: Record<string, string>) => {
    apps = await Promise.all(appPorts.map((appPort) => startServer({ ...common, ...env }, appPort)));
  };
  const stopApps = async () => {
    await Promise.all(apps.map((app) => app.stop()));
    apps = [];
  };
  try {
    // --- 1. Sessions and limits, with small limits --------------------------------------------
    const limits = { intake: 6, signIn: 5 };
    await startApps({ INTAKE_RATE_LIMIT_MAX: String(limits.intake), SIGN_IN_RATE_LIMIT_MAX: String(limits.signIn) });
    const origin = { origin: balancer.url };
    const signIn = await fetch(`${apps[0]!.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", ...origin },
      body: JSON.stringify({ email: staffEmail, password: PASSWORD }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const onOther = await fetch(`${apps[1]!.url}/api/v1/bookings`, { headers: { cookie } });
    const withoutCookie = await fetch(`${apps[1]!.url}/api/v1/bookings`);
    const sessionSharedAcrossProcesses = signIn.ok && onOther.status === 200 && withoutCookie.status === 401;

    // The app takes the client from the right-most X-Forwarded-For, as Caddy appends it.
    const intakeLimit = await limitIsShared(
      (app) => post(`${app.url}/api/v1/bookings`, bookingBody(), { "x-forwarded-for": "198.51.100.7" }),
      apps,
      limits.intake,
    );
    const signInLimit = await limitIsShared(
      (app, i) =>
        post(
          `${app.url}/api/auth/sign-in/email`,
          { email: `nobody.${i}.${randomUUID().slice(0, 6)}@pawpath.test`, password: "not the password at all" },
          { ...origin, "x-forwarded-for": "198.51.100.8" },
        ),
      apps,
      limits.signIn,
    );
    await stopApps();

    // --- 2. The intake bench through Caddy, limits lifted ---------------------------------------
    await startApps({ INTAKE_RATE_LIMIT_MAX: "100000000", SIGN_IN_RATE_LIMIT_MAX: "100000000" });
    // Caddy's health checks mark the restarted backends up again within a second or two.
    for (let healthy = 0; healthy < 4;) {
      healthy = (await fetch(`${balancer.url}/api/ready`)).ok ? healthy + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const cpuBefore = apps.map((app) => app.cpuMs());
    const workerCpuBefore = workers.map((worker) => worker.cpuMs());
    const drive = await driveIntake(balancer.url, options.bookings, connections);
    const appCpuSeconds = apps.map((app, i) => Math.round((app.cpuMs() - cpuBefore[i]!) / 100) / 10);

    // --- Checks: bookings stored once; every email sent once ------------------------------------
    const count = async (query: string) => Number((await pool.query(query)).rows[0].count);
    const answered201 = drive.created + intakeLimit.statuses.filter((status) => status === 201).length;
    const stored = await count("select count(*) from bookings");
    const customersWithTwoBookings = await count(
      "select count(*) from (select customer_id from bookings group by customer_id having count(*) > 1) twice",
    );
    const drainStarted = Date.now();
    // Until nothing is waiting; a message refused for good ("dead") is counted below, not waited for.
    while ((await count("select count(*) from email_outbox where status not in ('sent', 'dead')")) > 0) {
      if (Date.now() - drainStarted > 300_000) throw new Error("the workers did not send the outbox within 5 minutes");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const drainSeconds = Math.round((Date.now() - drainStarted) / 100) / 10;
    const queued = await count("select count(*) from email_outbox");
    const dead = await count("select count(*) from email_outbox where status = 'dead'");
    const received = smtp.received();
    const distinct = new Set(received.map((message) => message.idempotencyKey)).size;
    const workerCpuSeconds = workers.map((worker, i) => Math.round((worker.cpuMs() - workerCpuBefore[i]!) / 100) / 10);

    const { result, latencies } = drive;
    const intake = {
      seconds: Math.round(result.duration * 10) / 10,
      connections,
      statuses: drive.statuses,
      requests: result.requests.total,
      bookingsPerSecond: Math.round((drive.created / result.duration) * 10) / 10,
      latencyMs: {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        max: Math.round(Math.max(...latencies)),
      },
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      appCpuSeconds,
    };
    const bookings = { answered201, stored, customersWithTwoBookings };
    const emails = { queued, dead, received: received.length, distinct, drainSeconds, workerCpuSeconds };
    const passed =
      sessionSharedAcrossProcesses &&
      intakeLimit.shared &&
      signInLimit.shared &&
      intake.errors + intake.non2xx === 0 &&
      stored === answered201 &&
      customersWithTwoBookings === 0 &&
      dead === 0 &&
      received.length === queued &&
      distinct === queued;
    return { sessionSharedAcrossProcesses, intakeLimit, signInLimit, intake, bookings, emails, passed };
  } finally {
    await stopApps();
    await Promise.all(workers.map((worker) => worker.stop()));
    await balancer.stop();
    await smtp.stop();
    await pool.end();
    const admin = new pg.Client({ connectionString: options.adminUrl });
    await admin.connect();
    await admin.query("drop database if exists pawpath_scale_out with (force)");
    await admin.end();
  }
}

/** The report's lines. */
export function describeScaleOut(result: ScaleOutResult): string[] {
  const { intake, bookings, emails } = result;
  return [
    `Scale-out: 2 app processes behind Caddy (round robin), 1 PostgreSQL, 2 email workers, SMTP: ${result.passed ? "PASSED" : "FAILED"}`,
    `  session made on process 1, valid on process 2: ${result.sessionSharedAcrossProcesses ? "yes" : "NO"}`,
    `  intake limit ${result.intakeLimit.max} shared across processes: ${result.intakeLimit.shared ? "yes" : "NO"} (${result.intakeLimit.statuses.join(" ")})`,
    `  sign-in limit ${result.signInLimit.max} shared across processes: ${result.signInLimit.shared ? "yes" : "NO"} (${result.signInLimit.statuses.join(" ")})`,
    `  intake through Caddy, ${intake.requests} bookings, ${intake.connections} at a time, in ${intake.seconds} s: ${intake.bookingsPerSecond} bookings/s (answers ${JSON.stringify(intake.statuses)}), p50 ${intake.latencyMs.p50} ms, p95 ${intake.latencyMs.p95} ms, errors ${intake.errors}, non-2xx ${intake.non2xx}; app CPU ${intake.appCpuSeconds.join(" s + ")} s`,
    `  bookings: ${bookings.answered201} answered 201, ${bookings.stored} stored, ${bookings.customersWithTwoBookings} stored twice`,
    `  emails: ${emails.queued} queued, ${emails.dead} refused, ${emails.received} received over SMTP, ${emails.distinct} distinct; outbox drained ${emails.drainSeconds} s after the bench; worker CPU ${emails.workerCpuSeconds.join(" s + ")} s`,
  ];
}
