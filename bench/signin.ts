import type { Database } from "@/db/types";
import { createUser } from "@/server/users/create-user";
import { percentile } from "./support/percentiles";
import type { BenchServer } from "./support/server";

const PASSWORD = "bench sign-in passphrase 2026";
const emailOf = (i: number) => `bench.signin.${i}@pawpath.test`;

export type SignInResult = {
  concurrent: number;
  rounds: number;
  signIns: number;
  seconds: number;
  signInsPerSecond: number;
  latencyMs: { p50: number; p95: number; max: number };
  failures: number;
  serverRssBeforeMb: number;
  peakServerRssMb: number;
};

/** One team member per concurrent client (each signs in with the right password, so no lockout), once per database. */
export async function prepareSignInBench(db: Database, concurrent: number): Promise<void> {
  for (let i = 1; i <= concurrent; i++) {
    await createUser({
      db,
      input: { email: emailOf(i), name: `Bench Sign-in ${i}`, role: "staff", password: PASSWORD },
    }).catch((error: { code?: string }) => {
      if (error.code !== "CONFLICT") throw error;
    });
  }
}

async function signIn(baseUrl: string, email: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.ok };
}

/**
 * `rounds` times, `concurrent` people sign in at the same moment (each round waits for the slowest):
 * the latency of a sign-in in a burst, and the server's peak memory while password hashes queue.
 */
export async function benchSignIn(
  server: BenchServer,
  { concurrent, rounds }: { concurrent: number; rounds: number },
): Promise<SignInResult> {
  const emails = Array.from({ length: concurrent }, (_, i) => emailOf(i + 1));
  // Warm the route, the auth instance and the JIT; the first run also upgrades any older hash.
  await Promise.all(emails.map((email) => signIn(server.url, email)));
  const serverRssBeforeMb = Math.round(server.currentRssMb());
  server.resetPeak();
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const { ms, ok } of await Promise.all(emails.map((email) => signIn(server.url, email)))) {
      latencies.push(ms);
      if (!ok) failures += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    concurrent,
    rounds,
    signIns: latencies.length,
    seconds: Math.round(seconds * 10) / 10,
    signInsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.round(Math.max(...latencies)),
    },
    failures,
    serverRssBeforeMb,
    peakServerRssMb: Math.round(server.peakRssMb()),
  };
}
