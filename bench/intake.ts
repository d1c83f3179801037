import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { percentile } from "./support/percentiles";
import type { BenchServer } from "./support/server";

const countries = ["GB", "US", "CA", "AU", "DE", "FR", "IN", "PH", "NZ", "SA"];
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
const travelDate = () => new Date(Date.now() + (10 + Math.random() * 200) * 86_400_000).toISOString().slice(0, 10);

/** A realistic public booking: two pets, as the GUIDE's intake measurement assumes. */
function bookingBody() {
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
};

/** Drives POST /api/v1/bookings with unique bookings for a fixed time. */
export async function benchIntake(
  server: BenchServer,
  durationSeconds: number,
  connections: number,
): Promise<IntakeResult> {
  const latencies: number[] = [];
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
  };
}
