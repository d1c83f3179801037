import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { percentile } from "./support/percentiles";
import os from "node:os";
import { startTsServer, type BenchServer } from "./support/server";

const countries = ["GB", "US", "CA", "AU", "DE", "FR", "IN", "PH", "NZ", "SA"];
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
const travelDate = () => new Date(Date.now() + (10 + Math.random() * 200) * 86_400_000).toISOString().slice(0, 10);

/** A realistic public booking: two pets, as the GUIDE's intake measurement assumes. */
export function bookingBody() {
  const id = randomUUID().slice(0, 12);
  return JSON.stringify({
    customer: {
      name: `Bench Owner ${id}`,
      email: `owner.${id}@example.com`,
      phone: "+971 50 123 4567",
      preferredContact: "email",
    },
    route: {
      originCountry: "AE",
      originCity: "Dubai",
      destinationCountry: pick(countries),
      destinationCity: "Capital",
      travelDate: travelDate(),
      serviceType: "export_from_uae",
    },
    pets: [
      {
        name: "Luna",
        species: "cat",
        breed: "Siamese",
        sex: "female",
        weightKg: 4.1,
        microchip: `7840981${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
      },
      { name: "Max", species: "dog", breed: "Labrador", sex: "male", weightKg: 31.5 },
    ],
    consent: true,
  });
}

export type IntakeResult = {
  durationSeconds: number;
  connections: number;
  requests: number;
  bookingsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  peakServerRssMb: number;
  /** Server CPU time per successful booking, ms. */
  serverCpuMsPerBooking: number;
};

/** Drives POST /api/v1/bookings with unique bookings for a fixed time. */
export async function benchIntake(
  server: BenchServer,
  durationSeconds: number,
  connections: number,
): Promise<IntakeResult> {
  const latencies: number[] = [];
  const cpuBefore = server.cpuMs();
  const result = await new Promise<Parameters<Parameters<typeof autocannon>[1]>[1]>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${server.url}/api/v1/bookings`,
        connections,
        duration: durationSeconds,
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
    instance.on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  });
  return {
    durationSeconds,
    connections,
    requests: result.requests.total,
    bookingsPerSecond: Math.round((result["2xx"] / result.duration) * 10) / 10,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: Math.round(Math.max(...latencies)),
    },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakServerRssMb: Math.round(server.peakRssMb()),
    serverCpuMsPerBooking: Math.round(((server.cpuMs() - cpuBefore) / Math.max(1, result["2xx"])) * 100) / 100,
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");

/**
 * Intake through the production server beside the bare-Node anchor (bench/support/bare-intake-server.ts,
 * the same use case and pool without Next.js), measured in the same run: the ratio is the figure that
 * survives a noisy machine. Each side is warmed for 5 s first; the app's peak RSS counts from its warm-up.
 */
export async function benchIntakeBesideAnchor(
  server: BenchServer,
  databaseUrl: string,
  durationSeconds: number,
  connections: number,
) {
  const anchorServer = await startTsServer(
    "bench/support/bare-intake-server.ts",
    { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: "20" },
    3601,
  );
  let anchor: IntakeResult;
  try {
    await benchIntake(anchorServer, 5, connections);
    anchor = await benchIntake(anchorServer, durationSeconds, connections);
  } finally {
    await anchorServer.stop();
  }
  server.resetPeak();
  await benchIntake(server, 5, connections);
  const app = await benchIntake(server, durationSeconds, connections);
  const throughputRatio = Math.round((app.bookingsPerSecond / anchor.bookingsPerSecond) * 100) / 100;
  const met = throughputRatio >= 0.7 && app.errors + app.non2xx === 0 && app.peakServerRssMb <= 300;
  const line = (name: string, r: IntakeResult) =>
    `  ${name}: ${r.bookingsPerSecond} bookings/s, p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, errors ${r.errors + r.non2xx}, peak RSS ${r.peakServerRssMb} MB, server CPU ${r.serverCpuMsPerBooking} ms per booking`;
  console.log(`Intake, ${connections} connections for ${durationSeconds} s each (load ${loadAverage()}):`);
  console.log(line("bare-Node anchor", anchor));
  console.log(line("production server", app));
  console.log(
    `  app / anchor throughput ×${throughputRatio}; targets (≥ 0.7×, 0 errors, RSS ≤ 300 MB) ${met ? "met" : "NOT met"}`,
  );
  return { anchor, app, throughputRatio, loadAverage: loadAverage() };
}
