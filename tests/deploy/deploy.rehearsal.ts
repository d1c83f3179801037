import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  makeRehearsalReleases,
  REHEARSAL_COLUMN,
  type RehearsalReleases,
} from "@/testing/deploy-rehearsal/rehearsal-releases";
import {
  httpsRequest,
  rehearsalMissing,
  startRehearsalVm,
  type RehearsalVm,
} from "@/testing/deploy-rehearsal/rehearsal-vm";
import { startSteadyLoad } from "@/testing/deploy-rehearsal/steady-load";
import { bookingBody } from "@/testing/factories/booking-body";

// The deploy rehearsal (issue 16): deploy/ship.sh and deploy.sh over real SSH onto a "VM" on this
// machine, Caddy with local certificates in front, the PostgreSQL CI runs, releases packed from the one
// production build. See src/testing/deploy-rehearsal/rehearsal-vm.ts for what stands in for what.

const repoRoot = path.resolve(import.meta.dirname, "../..");
const adminUrl = process.env.TEST_DATABASE_URL;
const missing = adminUrl ? rehearsalMissing() : "TEST_DATABASE_URL is not set (a PostgreSQL to deploy onto)";
// CI installs every part: there a missing one is a failure, not a skip.
if (missing && process.env.CI) throw new Error(`deploy rehearsal: ${missing}`);
if (missing) console.warn(`deploy rehearsal skipped: ${missing}`);

const INTAKE_LIMIT = 5;

/** A plain-HTTP GET to Caddy's loopback address with the site's Host header (fetch would replace it). */
function plainHttpGet(base: string, pathname: string): Promise<{ status: number; location?: string }> {
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: url.port, path: url.pathname, headers: { host: url.host } }, (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
      })
      .on("error", reject);
  });
}

describe.skipIf(!!missing)("deploy rehearsal", () => {
  let vm: RehearsalVm;
  let releases: RehearsalReleases;
  let work: string;
  const database = `pawpath_rehearsal_${process.pid}_${Date.now()}`;
  const databaseUrl = () => Object.assign(new URL(adminUrl!), { pathname: `/${database}` }).toString();

  async function admin<T>(query: (client: pg.Client) => Promise<T>, url = adminUrl!): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await query(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-rehearsal-releases-"));
    await admin((client) => client.query(`create database ${database}`));
    releases = makeRehearsalReleases(repoRoot, work);
    vm = await startRehearsalVm({
      repoRoot,
      databaseUrl: databaseUrl(),
      settings: { INTAKE_RATE_LIMIT_MAX: String(INTAKE_LIMIT) },
    });
    const first = await vm.ship(releases.previous);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(vm.current()).toBe("rehearsal-n1");
  });

  afterAll(async () => {
    await vm?.stop();
    await admin((client) => client.query(`drop database if exists ${database} with (force)`));
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("N−1 → N at 20 requests/s through Caddy: none fails, and N's migration is applied", async () => {
    const before = vm.liveColour();
    const load = startSteadyLoad(vm.loadTarget.url, vm.loadTarget.headers);
    const deploy = await vm.ship(releases.next);
    const result = await load.stop();
    console.log(
      `N−1 → N: ${deploy.seconds} s; ${result.requests} requests (${result.perSecond}/s), ${result.failed} failed\n${deploy.stdout}`,
    );

    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
    expect(result.requests).toBeGreaterThan(100);
    expect(result).toMatchObject({ failed: 0 });
    expect(vm.current()).toBe("rehearsal-n");
    expect(vm.liveColour()).not.toBe(before);
    expect(vm.isRunning(`pawpath-web@${before}`)).toBe(false);
    const column = await admin(
      (client) =>
        client.query("select 1 from information_schema.columns where table_name = 'bookings' and column_name = $1", [
          REHEARSAL_COLUMN,
        ]),
      databaseUrl(),
    );
    expect(column.rowCount).toBe(1);
  });

  test("a release whose /api/ready never answers: the deploy fails naming the step, the old colour serves on", async () => {
    const serving = vm.liveColour();
    // A shorter wait than deploy.sh's 60 s: the outcome is the same, the rehearsal a little faster.
    const deploy = await vm.ship(releases.neverReady, { readySeconds: 20 });

    expect(deploy.code).not.toBe(0);
    expect(deploy.stderr).toContain("FAILED at step: wait for /api/ready");
    expect(deploy.stderr).toMatch(/last lines of pawpath-web@\w+'s log/);
    expect(vm.liveColour()).toBe(serving);
    expect(vm.current()).toBe("rehearsal-n");
    expect(vm.isRunning(`pawpath-web@${serving === "blue" ? "green" : "blue"}`)).toBe(false);
    expect((await httpsRequest(vm, "/api/ready")).status).toBe(200);
  });

  test("rollback.sh returns to N−1 with no request failed, on N's schema", async () => {
    const load = startSteadyLoad(vm.loadTarget.url, vm.loadTarget.headers);
    const rollback = await vm.ssh(`bash ${vm.root}/srv/pawpath/current/deploy/rollback.sh`);
    const result = await load.stop();
    console.log(
      `rollback: ${rollback.seconds} s; ${result.requests} requests (${result.perSecond}/s), ${result.failed} failed`,
    );

    expect(rollback.code, rollback.stdout + rollback.stderr).toBe(0);
    expect(result.requests).toBeGreaterThan(50);
    expect(result).toMatchObject({ failed: 0 });
    expect(vm.current()).toBe("rehearsal-n1");
    expect((await httpsRequest(vm, "/api/ready")).status).toBe(200);
  });

  test("Caddy: HTTP goes to HTTPS with HSTS, pages are compressed, and a forged X-Forwarded-For does not dodge the intake limit", async () => {
    const page = await httpsRequest(vm, "/api/health");
    expect(page.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    // The app compresses nothing; Caddy does.
    const form = await httpsRequest(vm, "/book", { headers: { "accept-encoding": "gzip" } });
    expect(form).toMatchObject({ status: 200, headers: { "content-encoding": "gzip" } });
    const plain = await plainHttpGet(vm.httpUrl, "/book");
    expect(plain.status).toBe(308);
    // Caddy names no port in the redirect: on a server HTTPS is 443.
    expect(plain.location).toBe("https://localhost/book");

    const statuses: number[] = [];
    for (let attempt = 0; attempt < INTAKE_LIMIT + 2; attempt += 1) {
      const answer = await httpsRequest(vm, "/api/v1/bookings", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "idempotency-key": randomUUID(),
          // A different made-up client address every time, as a script dodging the limit would send.
          "x-forwarded-for": `203.0.113.${attempt + 1}`,
        },
        body: JSON.stringify(bookingBody()),
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, INTAKE_LIMIT)).toEqual(Array(INTAKE_LIMIT).fill(201));
    expect(statuses.slice(INTAKE_LIMIT)).toEqual([429, 429]);
  });
});
