// The CSV export over HTTP beside the same use case run in this process (the anchor: the same cursor,
// SQL and CSV without Next.js or the network), in the same run. Reports the first byte, the whole
// download and the server's memory.
import type { Database } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { exportBookings } from "@/server/bookings/export-bookings";
import { parseBookingListQuery } from "@/server/bookings/find-bookings";
import type { BenchServer } from "./support/server";

export type ExportRun = { rows: number; bytes: number; firstByteMs: number; seconds: number };

export type ExportResult = {
  params: Record<string, string>;
  http: ExportRun;
  inProcess: ExportRun;
  ratio: number;
  peakServerRssMb: number;
  serverRssBeforeMb: number;
};

async function consume(body: ReadableStream<Uint8Array>, started: number): Promise<ExportRun> {
  let bytes = 0;
  let lines = 0;
  let firstByteMs = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) firstByteMs = Math.round(performance.now() - started);
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
  }
  return { rows: lines - 1, bytes, firstByteMs, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** Downloads one CSV export over HTTP, then streams the same export in this process. */
export async function benchExport(options: {
  server: BenchServer;
  cookie: string;
  params: Record<string, string>;
  db: Database;
  actor: Actor;
}): Promise<ExportResult> {
  const { server, cookie, params, db, actor } = options;
  const serverRssBeforeMb = Math.round(server.currentRssMb());
  server.resetPeak();
  const httpStarted = performance.now();
  const response = await fetch(`${server.url}/api/v1/bookings/export?${new URLSearchParams(params)}`, {
    headers: { cookie },
  });
  if (!response.ok || !response.body) throw new Error(`export: HTTP ${response.status}`);
  const http = await consume(response.body, httpStarted);
  const peakServerRssMb = Math.round(server.peakRssMb());

  const inProcessStarted = performance.now();
  const query = parseBookingListQuery(params);
  const inProcess = await consume(exportBookings({ db, actor, query }).body, inProcessStarted);
  return {
    params,
    http,
    inProcess,
    ratio: Math.round((http.seconds / Math.max(0.1, inProcess.seconds)) * 100) / 100,
    peakServerRssMb,
    serverRssBeforeMb,
  };
}
