// The customer portal and public tracking (issue 15): the owner's journey and POST /api/v1/track over HTTP
// beside the same use cases in this process (the anchor, same run); 200 live journey streams on one
// server (the memory they add); and how long a committed change takes to reach an open stream.
import { sql } from "drizzle-orm";
import type pg from "pg";
import { queryRows } from "@/db/sql";
import type { Database } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { getJourney } from "@/server/journey/get-journey";
import { findJourneyBooking } from "@/server/journey/load-journey";
import { publicJourney } from "@/server/journey/public-journey";
import { createUser } from "@/server/users/create-user";
import { percentile } from "./support/percentiles";
import type { BenchServer } from "./support/server";

const PASSWORD = "bench portal password 2026";
const STREAMS_PER_CUSTOMER = 5;

type Owner = { reference: string; bookingId: string; email: string; name: string; cookie: string; actor: Actor };

export type PortalResult = {
  journey: { http: Stats; inProcess: Stats; ratio: number };
  track: { http: Stats; inProcess: Stats; ratio: number };
  streams: { open: number; rssBeforeMb: number; rssAfterMb: number; addedMb: number };
  commitToEvent: Stats & { events: number };
};
type Stats = { p50: number; p95: number };

const stats = (values: number[]): Stats => ({
  p50: Math.round(percentile(values, 50) * 10) / 10,
  p95: Math.round(percentile(values, 95) * 10) / 10,
});

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Customers of recent live bookings, each with an account and a session (customers may also hold passwords). */
async function prepareOwners(db: Database, server: BenchServer, count: number): Promise<Owner[]> {
  const rows = await queryRows<{ reference: string; id: string; email: string; full_name: string }>(
    db,
    sql`select distinct on (c.id) b.reference, b.id, c.email, c.full_name from bookings b join customers c on c.id = b.customer_id
        where b.deleted_at is null and b.status in ('confirmed', 'in_progress') and b.created_at > now() - interval '120 days'
        order by c.id, b.created_at desc limit ${count}`,
  );
  const owners: Owner[] = [];
  for (const row of rows) {
    await createUser({
      db,
      input: { email: row.email, name: row.full_name, role: "customer", password: PASSWORD },
    }).catch(() => undefined);
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: row.email, password: PASSWORD }),
    });
    if (!response.ok) throw new Error(`customer sign-in failed: HTTP ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ");
    const [user] = await queryRows<{ id: string }>(
      db,
      sql`select id from users where lower(email) = lower(${row.email})`,
    );
    owners.push({
      reference: row.reference,
      bookingId: row.id,
      email: row.email,
      name: row.full_name,
      cookie,
      actor: { id: user!.id, name: row.full_name, email: row.email, role: "customer" },
    });
  }
  return owners;
}

/** An open event stream: resolves `next()` with the time each `journey` event arrives. */
async function openStream(server: BenchServer, owner: Owner) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/v1/me/bookings/${owner.reference}/events`, {
    headers: { cookie: owner.cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`events: HTTP ${response.status}`);
  const arrivals: number[] = [];
  let waiting: (() => void) | undefined;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (message.startsWith("event: journey")) {
            arrivals.push(performance.now());
            waiting?.();
          }
        }
      }
    } catch {
      // Closed by the bench.
    }
  })();
  return {
    arrivals,
    /** Waits until more than `count` journey events have arrived. */
    waitForMoreThan: async (count: number) => {
      while (arrivals.length <= count) await new Promise<void>((resolve) => (waiting = resolve));
    },
    close: () => controller.abort(),
  };
}

export async function benchPortal(options: {
  server: BenchServer;
  db: Database;
  pool: pg.Pool;
  runs: number;
  streams: number;
}): Promise<PortalResult> {
  const { server, db, runs } = options;
  const owners = await prepareOwners(db, server, Math.ceil(options.streams / STREAMS_PER_CUSTOMER));
  const owner = owners[0]!;
  const journeyUrl = `${server.url}/api/v1/me/bookings/${owner.reference}/journey`;
  const getHttpJourney = async () => {
    const response = await fetch(journeyUrl, { headers: { cookie: owner.cookie } });
    if (response.status !== 200) throw new Error(`journey: HTTP ${response.status}`);
    await response.arrayBuffer();
  };
  const postTrack = async () => {
    const response = await fetch(`${server.url}/api/v1/track`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ reference: owner.reference, email: owner.email }),
    });
    if (response.status !== 200) throw new Error(`track: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  const inProcessTrack = async () => {
    const booking = await findJourneyBooking(db, owner.reference);
    await publicJourney(db, booking!);
  };
  const inProcessJourney = () => getJourney({ db, actor: owner.actor, reference: owner.reference });

  const samples = {
    journeyHttp: [] as number[],
    journeyIn: [] as number[],
    trackHttp: [] as number[],
    trackIn: [] as number[],
  };
  for (let i = 0; i < 3; i++) await Promise.all([getHttpJourney(), postTrack(), inProcessJourney(), inProcessTrack()]);
  // Interleaved, so load from elsewhere on the machine falls on each alike.
  for (let i = 0; i < runs; i++) {
    samples.journeyHttp.push(await timed(getHttpJourney));
    samples.journeyIn.push(await timed(inProcessJourney));
    samples.trackHttp.push(await timed(postTrack));
    samples.trackIn.push(await timed(inProcessTrack));
  }
  const ratio = (http: Stats, inProcess: Stats) => Math.round((http.p95 / Math.max(0.1, inProcess.p95)) * 100) / 100;
  const journey = { http: stats(samples.journeyHttp), inProcess: stats(samples.journeyIn) };
  const track = { http: stats(samples.trackHttp), inProcess: stats(samples.trackIn) };

  // 200 streams: five per customer (the most one customer may hold).
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const rssBeforeMb = Math.round(server.currentRssMb());
  const streams = [];
  for (const streamOwner of owners)
    for (let i = 0; i < STREAMS_PER_CUSTOMER && streams.length < options.streams; i++)
      streams.push({ owner: streamOwner, stream: await openStream(server, streamOwner) });
  await Promise.all(streams.map(({ stream }) => stream.waitForMoreThan(0)));
  const rssAfterMb = Math.round(server.currentRssMb());

  // Commit → event: one customer update per run (it moves the journey's version), on another booking each
  // time, from the commit's return to the event reaching one of that booking's open streams.
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const target = streams[(i * STREAMS_PER_CUSTOMER) % streams.length]!;
    const before = target.stream.arrivals.length;
    await db.transaction((tx) =>
      recordBookingEvent(tx, {
        bookingId: target.owner.bookingId,
        actorId: null,
        type: "customer_update",
        data: { updateId: crypto.randomUUID(), text: `Bench update ${i + 1}`, notified: false },
      }),
    );
    const committed = performance.now();
    await target.stream.waitForMoreThan(before);
    latencies.push(target.stream.arrivals[before]! - committed);
  }
  for (const { stream } of streams) stream.close();
  return {
    journey: { ...journey, ratio: ratio(journey.http, journey.inProcess) },
    track: { ...track, ratio: ratio(track.http, track.inProcess) },
    streams: { open: streams.length, rssBeforeMb, rssAfterMb, addedMb: rssAfterMb - rssBeforeMb },
    commitToEvent: { ...stats(latencies.map((value) => Math.max(0, value))), events: latencies.length },
  };
}
