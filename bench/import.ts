// The MongoDB importer (issue 17) as an operator runs it: `scripts/import-mongo.ts --file` in its own
// process against PostgreSQL, on generated mongoexport files of each size. Reports the time, the rate and
// the process's peak resident memory (VmHWM), which must not grow with the file.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { writeGeneratedFile } from "../tests/fixtures/mongo/generate-bookings";

export type ImportRun = {
  documents: number;
  created: number;
  skipped: number;
  seconds: number;
  documentsPerSecond: number;
  peakRssMb: number;
  /** CPU time of the importer process itself (user + system): what the load of a shared machine does not inflate. */
  cpuSeconds: number;
  /** CPU time of the PostgreSQL backends serving the import (same machine only; null when not readable). */
  postgresCpuSeconds: number | null;
};

/** User + system CPU time of a live process in seconds (fields 14 and 15 of /proc/PID/stat, in 1/100 s). */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Peak resident memory so far (the kernel's high-water mark), in MB; 0 once the process is gone. */
function peakRssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/**
 * Follows the backends connected to the import's database (other than this watcher) and keeps each one's
 * highest CPU reading: their sum is what PostgreSQL spent on the import. Works when the server runs on
 * this machine, as it does here.
 */
async function watchBackends(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const cpuByPid = new Map<number, number>();
  let readable = true;
  const sample = async () => {
    const { rows } = await client.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    for (const { pid } of rows) {
      const seconds = cpuSecondsOf(pid);
      if (seconds === 0 && !fs.existsSync(`/proc/${pid}`)) readable = false;
      cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, seconds));
    }
  };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await client.end();
    return readable ? [...cpuByPid.values()].reduce((sum, value) => sum + value, 0) : null;
  };
}

async function runImport(databaseUrl: string, file: string, mapping: string, documents: number): Promise<ImportRun> {
  const stopWatching = await watchBackends(databaseUrl);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./scripts/lib/server-only-preload.mjs",
      "scripts/import-mongo.ts",
      "--file",
      file,
      "--mapping",
      mapping,
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
  );
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  let peak = 0;
  let cpu = 0;
  // Both only grow: the last readings before exit are the totals, to within one interval.
  const sampler = setInterval(() => {
    peak = Math.max(peak, peakRssMb(child.pid!));
    cpu = Math.max(cpu, cpuSecondsOf(child.pid!));
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const postgresCpu = await stopWatching();
  if (code !== 0) throw new Error(`import:mongo exited with ${code}:\n${stdout}`);
  const count = (label: RegExp) => Number((label.exec(stdout)?.[1] ?? "0").replaceAll(",", ""));
  return {
    documents,
    created: count(/created\s+([\d,]+) bookings/),
    skipped: count(/skipped\s+([\d,]+)/),
    seconds: Math.round(seconds * 10) / 10,
    documentsPerSecond: Math.round(documents / seconds),
    peakRssMb: Math.round(peak),
    cpuSeconds: Math.round(cpu * 10) / 10,
    postgresCpuSeconds: postgresCpu === null ? null : Math.round(postgresCpu * 10) / 10,
  };
}

/** Generates each file, imports it into the database, and reports each run. */
export async function benchImport(databaseUrl: string, sizes: readonly number[]): Promise<ImportRun[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-import-bench-"));
  try {
    // The generated documents write some UAE numbers without +971, as the old form took them.
    const mapping = path.join(dir, "mapping.json");
    fs.writeFileSync(mapping, JSON.stringify({ defaultPhoneCountry: "AE" }));
    const runs: ImportRun[] = [];
    for (const [index, size] of sizes.entries()) {
      const file = path.join(dir, `bookings-${size}.jsonl`);
      // A seed per size: each file's _ids are new to the database.
      await writeGeneratedFile(file, size, 1_000 + index);
      const run = await runImport(databaseUrl, file, mapping, size);
      console.log(
        `  ${size.toLocaleString("en")} documents (${(fs.statSync(file).size / 1e6).toFixed(0)} MB): ${run.created.toLocaleString("en")} created, ` +
          `${run.skipped.toLocaleString("en")} skipped in ${run.seconds} s (${run.documentsPerSecond.toLocaleString("en")}/s; CPU: importer ${run.cpuSeconds} s, PostgreSQL ${run.postgresCpuSeconds ?? "not readable"} s), peak RSS ${run.peakRssMb} MB`,
      );
      runs.push(run);
      fs.rmSync(file);
    }
    return runs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
