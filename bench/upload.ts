// Documents: 50 parallel uploads (start → send the bytes → complete) per storage driver and file size,
// through the production server beside a bare anchor measured in the same run (bench/support/
// bare-upload-server.ts: the same storage driver and byte check without Next.js or the database; the
// same presigned POST straight to s3rver for s3). Reports MB/s end to end, complete's p50/p95, the whole
// upload's p95, the server's peak RSS (issue 14: under 300 MB, streams not buffers) and CPU per MB.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { S3RVER_CREDENTIALS } from "../tests/support/s3-server";
import { percentile } from "./support/percentiles";
import { startServer, startTsServer, type BenchServer } from "./support/server";

const BUCKET = "pawpath-bench";
const CONTENT_TYPE = "application/pdf";
/** The upload limit as shipped: 10 MiB, so a 10 MB (10,000,000 byte) file fits. */
const MAX_BYTES = 10 * 1024 * 1024;
const MB = 1_000_000;
/**
 * A new connection per request. With keep-alive, a request now and then went out on a pooled connection the
 * server was closing after its 5 s idle timeout ("other side closed"; 4 of 300 anchor uploads under load 16):
 * a race of the client's pool, not a server failure, which a browser retries but fetch does not.
 */
const NEW_CONNECTION = { connection: "close" };

type Upload =
  | { method: "PUT"; url: string; headers: Record<string, string> }
  | { method: "POST"; url: string; fields: Record<string, string> };

/** Where one side of the comparison starts and completes an upload. */
type Endpoint = {
  start: (size: number) => Promise<{ id: string; upload: Upload }>;
  completeUrl: (id: string) => string;
};

export type UploadBatch = {
  uploads: number;
  failures: number;
  firstFailure?: string;
  seconds: number;
  mbPerSecond: number;
  startMs: { p50: number; p95: number };
  sendMs: { p50: number; p95: number };
  completeMs: { p50: number; p95: number };
  uploadMs: { p50: number; p95: number };
  /** The app server, or the anchor process: before the batch, and the highest seen during it. */
  rssBeforeMb: number;
  peakRssMb: number;
  cpuMsPerMb: number;
  /** s3 only: the S3 stand-in's own share, which both sides pay for the bytes they send it. */
  s3rver?: { peakRssMb: number; cpuMsPerMb: number };
};

export type UploadScenario = {
  driver: "local" | "s3";
  sizeMb: number;
  loadAverage: string;
  anchor: UploadBatch;
  app: UploadBatch;
  /** app / anchor: above 1 is the app slower (times, CPU) or faster (MB/s). */
  ratios: { mbPerSecond: number; completeP95: number; uploadP95: number; cpuPerMb: number };
};

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");

const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 100) / 100;

/** A PDF by its first bytes (the type check reads them), random after: nothing compresses or dedupes it. */
function pdfLike(size: number): Blob {
  const bytes = randomBytes(size);
  bytes.write("%PDF-1.4\n", 0, "latin1");
  return new Blob([bytes], { type: CONTENT_TYPE });
}

async function expectStatus(response: Response, what: string, ...statuses: number[]): Promise<Response> {
  if (statuses.includes(response.status)) return response;
  throw new Error(`${what}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
}

/**
 * A client address per upload, as the reverse proxy in front of the app reports it (X-Forwarded-For, see
 * src/web/http/client-ip.ts): fifty people uploading at once, not one address sharing a rate-limit row.
 */
let clients = 0;
const nextClientIp = () => `10.64.${(clients >> 8) & 255}.${clients++ & 255}`;

function appEndpoint(server: BenchServer): Endpoint {
  return {
    start: async (size) => {
      const response = await fetch(`${server.url}/api/v1/uploads`, {
        method: "POST",
        headers: { ...NEW_CONNECTION, "content-type": "application/json", "x-forwarded-for": nextClientIp() },
        // A draft key per upload: a draft holds at most UPLOAD_MAX_FILES_PER_BOOKING documents.
        body: JSON.stringify({
          kind: "pet_passport",
          fileName: "passport.pdf",
          size,
          contentType: CONTENT_TYPE,
          draftKey: randomUUID(),
        }),
      });
      return (await (await expectStatus(response, "start", 201)).json()) as { id: string; upload: Upload };
    },
    completeUrl: (id) => `${server.url}/api/v1/uploads/${id}/complete`,
  };
}

function anchorEndpoint(anchor: BenchServer): Endpoint {
  return {
    start: async () => {
      const response = await fetch(`${anchor.url}/start?contentType=${encodeURIComponent(CONTENT_TYPE)}`, {
        method: "POST",
        headers: NEW_CONNECTION,
      });
      return (await (await expectStatus(response, "anchor start", 201)).json()) as { id: string; upload: Upload };
    },
    completeUrl: (id) => `${anchor.url}/complete/${id}`,
  };
}

/** The bytes as a browser sends them: a PUT of the body (local), or the presigned form, file last (s3). */
async function send(upload: Upload, file: Blob): Promise<void> {
  let response: Response;
  if (upload.method === "PUT") {
    response = await fetch(upload.url, {
      method: "PUT",
      headers: { ...NEW_CONNECTION, ...upload.headers },
      body: file,
    });
  } else {
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append("file", file, "passport.pdf");
    response = await fetch(upload.url, { method: "POST", headers: NEW_CONNECTION, body: form });
  }
  // Read to the end, so that the connection goes back to the pool.
  await (await expectStatus(response, `${upload.method} the bytes`, 200, 201, 204)).arrayBuffer();
}

type Timing = { startMs: number; sendMs: number; completeMs: number; uploadMs: number };

/** Names the step a failure happened in (start, send, complete): fetch's own errors do not say. */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${name}: ${String(error)}`, { cause: (error as Error).cause });
  }
}

async function uploadOnce(endpoint: Endpoint, file: Blob): Promise<Timing> {
  const started = performance.now();
  const { id, upload } = await step("start", () => endpoint.start(file.size));
  const sendStarted = performance.now();
  await step("send", () => send(upload, file));
  const completeStarted = performance.now();
  await step("complete", async () => {
    const response = await fetch(endpoint.completeUrl(id), { method: "POST", headers: NEW_CONNECTION });
    await (await expectStatus(response, "complete", 200)).arrayBuffer();
  });
  const done = performance.now();
  return {
    startMs: sendStarted - started,
    sendMs: completeStarted - sendStarted,
    completeMs: done - completeStarted,
    uploadMs: done - started,
  };
}

/** `parallel` uploads of the same bytes at once, measured from the first start to the last complete. */
async function batch(
  endpoint: Endpoint,
  file: Blob,
  parallel: number,
  measured: { server: BenchServer; s3rver?: BenchServer },
): Promise<UploadBatch> {
  const { server, s3rver } = measured;
  const rssBeforeMb = Math.round(server.currentRssMb());
  server.resetPeak();
  s3rver?.resetPeak();
  const cpuBefore = server.cpuMs();
  const s3rverCpuBefore = s3rver?.cpuMs() ?? 0;
  const started = performance.now();
  const settled = await Promise.allSettled(Array.from({ length: parallel }, () => uploadOnce(endpoint, file)));
  const seconds = (performance.now() - started) / 1000;
  const timings = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  // fetch's "fetch failed" says why only in its cause (a reset connection, a timeout).
  const failures = settled.flatMap((result) =>
    result.status === "rejected"
      ? [
          `${String(result.reason)}${(result.reason as Error).cause ? ` (${String((result.reason as Error).cause)})` : ""}`,
        ]
      : [],
  );
  const megabytes = (timings.length * file.size) / MB;
  const pair = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  return {
    uploads: timings.length,
    failures: failures.length,
    ...(failures[0] ? { firstFailure: failures[0] } : {}),
    seconds: Math.round(seconds * 100) / 100,
    mbPerSecond: Math.round((megabytes / seconds) * 10) / 10,
    startMs: pair(timings.map((t) => t.startMs)),
    sendMs: pair(timings.map((t) => t.sendMs)),
    completeMs: pair(timings.map((t) => t.completeMs)),
    uploadMs: pair(timings.map((t) => t.uploadMs)),
    rssBeforeMb,
    peakRssMb: Math.round(server.peakRssMb()),
    cpuMsPerMb: Math.round(((server.cpuMs() - cpuBefore) / Math.max(megabytes, 1)) * 10) / 10,
    ...(s3rver
      ? {
          s3rver: {
            peakRssMb: Math.round(s3rver.peakRssMb()),
            cpuMsPerMb: Math.round(((s3rver.cpuMs() - s3rverCpuBefore) / Math.max(megabytes, 1)) * 10) / 10,
          },
        }
      : {}),
  };
}

function printScenario(scenario: UploadScenario) {
  const line = (name: string, b: UploadBatch) =>
    `    ${name}: ${b.mbPerSecond} MB/s (${b.uploads} in ${b.seconds} s, ${b.failures} failed), complete p50 ${b.completeMs.p50} / p95 ${b.completeMs.p95} ms, ` +
    `start p95 ${b.startMs.p95} ms, send p95 ${b.sendMs.p95} ms, whole p95 ${b.uploadMs.p95} ms, RSS ${b.rssBeforeMb} → peak ${b.peakRssMb} MB, CPU ${b.cpuMsPerMb} ms/MB` +
    (b.s3rver ? `; s3rver RSS ${b.s3rver.peakRssMb} MB, CPU ${b.s3rver.cpuMsPerMb} ms/MB` : "") +
    (b.firstFailure ? `\n      first failure: ${b.firstFailure}` : "");
  const r = scenario.ratios;
  console.log(`  ${scenario.driver}, ${scenario.sizeMb} MB files (load ${scenario.loadAverage}):`);
  console.log(line("anchor", scenario.anchor));
  console.log(line("app   ", scenario.app));
  console.log(
    `    app / anchor: MB/s ×${r.mbPerSecond}, complete p95 ×${r.completeP95}, whole p95 ×${r.uploadP95}, CPU per MB ×${r.cpuPerMb}; ` +
      `app peak RSS ${scenario.app.peakRssMb <= 300 ? "under" : "OVER"} 300 MB`,
  );
}

async function measureDriver(options: {
  driver: "local" | "s3";
  app: BenchServer;
  anchor: BenchServer;
  s3rver?: BenchServer;
  sizesMb: number[];
  parallel: number;
}): Promise<UploadScenario[]> {
  const { driver, app, anchor, s3rver, sizesMb, parallel } = options;
  const appSide = appEndpoint(app);
  const anchorSide = anchorEndpoint(anchor);
  // Warm-up: the first requests load the routes and open connections on both sides.
  const warmUpFile = pdfLike(MB);
  await batch(anchorSide, warmUpFile, 5, { server: anchor, s3rver });
  await batch(appSide, warmUpFile, 5, { server: app, s3rver });
  const scenarios: UploadScenario[] = [];
  for (const sizeMb of sizesMb) {
    const file = pdfLike(sizeMb * MB);
    const startLoad = loadAverage();
    const anchorBatch = await batch(anchorSide, file, parallel, { server: anchor, s3rver });
    const appBatch = await batch(appSide, file, parallel, { server: app, s3rver });
    const scenario: UploadScenario = {
      driver,
      sizeMb,
      loadAverage: startLoad,
      anchor: anchorBatch,
      app: appBatch,
      ratios: {
        mbPerSecond: ratio(appBatch.mbPerSecond, anchorBatch.mbPerSecond),
        completeP95: ratio(appBatch.completeMs.p95, anchorBatch.completeMs.p95),
        uploadP95: ratio(appBatch.uploadMs.p95, anchorBatch.uploadMs.p95),
        cpuPerMb: ratio(appBatch.cpuMsPerMb, anchorBatch.cpuMsPerMb),
      },
    };
    printScenario(scenario);
    scenarios.push(scenario);
  }
  return scenarios;
}

/**
 * Both drivers, one after the other (one app server at a time, each with its own DATA_DIR): the local
 * driver's app and anchor write to temporary folders, the s3 driver's both post to one s3rver started here.
 * Ports: the app on `port`, the anchor on port + 1, s3rver on port + 2.
 */
export async function benchUploads(options: {
  databaseUrl: string;
  port: number;
  sizesMb: number[];
  parallel: number;
  drivers: ("local" | "s3")[];
}) {
  const { databaseUrl, port, sizesMb, parallel } = options;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-bench-uploads-"));
  const appEnv = {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: "20",
    EMAIL_WORKER: "false",
    // Every bench client is 127.0.0.1: the per-IP limit would answer 429 first.
    UPLOAD_RATE_LIMIT_MAX: "100000000",
    UPLOAD_MAX_BYTES: String(MAX_BYTES),
  };
  console.log(`Uploads, ${parallel} in parallel per batch, app vs bare anchor (load ${loadAverage()}):`);
  const scenarios: UploadScenario[] = [];
  try {
    if (options.drivers.includes("local")) {
      const dataDir = path.join(scratch, "app-local");
      const app = await startServer({ ...appEnv, DATA_DIR: dataDir, STORAGE_DRIVER: "local" }, port);
      const anchor = await startTsServer(
        "bench/support/bare-upload-server.ts",
        { ANCHOR_STORAGE: "local", UPLOADS_ROOT: path.join(scratch, "anchor-local") },
        port + 1,
      );
      try {
        scenarios.push(...(await measureDriver({ driver: "local", app, anchor, sizesMb, parallel })));
      } finally {
        await Promise.all([app.stop(), anchor.stop()]);
      }
    }
    if (options.drivers.includes("s3")) {
      const s3rver = await startTsServer("bench/support/s3rver-server.ts", { S3_BUCKET: BUCKET }, port + 2);
      const s3Env = {
        S3_BUCKET: BUCKET,
        S3_REGION: "us-east-1",
        S3_ENDPOINT: s3rver.url,
        S3_FORCE_PATH_STYLE: "true",
        ...S3RVER_CREDENTIALS,
      };
      try {
        const app = await startServer(
          { ...appEnv, ...s3Env, DATA_DIR: path.join(scratch, "app-s3"), STORAGE_DRIVER: "s3" },
          port,
        );
        const anchor = await startTsServer(
          "bench/support/bare-upload-server.ts",
          { ANCHOR_STORAGE: "s3", ...s3Env },
          port + 1,
        );
        try {
          scenarios.push(...(await measureDriver({ driver: "s3", app, anchor, s3rver, sizesMb, parallel })));
        } finally {
          await Promise.all([app.stop(), anchor.stop()]);
        }
      } finally {
        await s3rver.stop();
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { parallel, scenarios, loadAverageAtEnd: loadAverage() };
}
