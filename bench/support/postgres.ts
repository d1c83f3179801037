import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type BenchPostgres = {
  adminUrl: string;
  stop: () => void;
  /** CPU time the whole cluster has used so far (every backend, ended ones too), in ms; undefined when not ours. */
  cpuMs?: () => number;
};

function findInitdb(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).sort().reverse();
  return versions.map((v) => path.join(root, v, "bin/initdb")).find((p) => fs.existsSync(p));
}

/**
 * The PostgreSQL server to measure on: BENCH_DATABASE_URL (an admin connection; a fresh database is
 * created in it), or else a throwaway local cluster started here and removed afterwards.
 */
export function startBenchPostgres(port = 55499): BenchPostgres {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { adminUrl: given, stop: () => {} };
  const initdb = findInitdb();
  if (!initdb) throw new Error("No PostgreSQL found: install the postgresql package or set BENCH_DATABASE_URL");
  const bin = path.dirname(initdb);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-bench-pg-"));
  const asPostgres = (cmd: string, args: string[]) => {
    const isRoot = process.getuid?.() === 0;
    if (isRoot) fs.chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), 0);
    return isRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" })
      : spawnSync(cmd, args, { stdio: "pipe" });
  };
  const data = path.join(dir, "data");
  const init = asPostgres(path.join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  // Settings of a small production VM: 2 cores, a few GB for PostgreSQL. pg_stat_statements counts the
  // statements each page sends (bench/support/statements.ts).
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=16MB -c max_connections=100 -c synchronous_commit=on -c shared_preload_libraries=pg_stat_statements`;
  const start = asPostgres(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-o",
    options,
    "-w",
    "start",
  ]);
  if (start.status !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}`);
  const postmasterPid = Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    cpuMs: () => clusterCpuMs(postmasterPid),
    stop: () => {
      asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates (or recreates) a database and returns its URL. */
export async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const CLOCK_TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of a process from /proc/PID/stat (fields 14–17), and its parent. */
function processTimes(pid: number): { parent: number; ownTicks: number; endedChildrenTicks: number } | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return {
      parent: Number(fields[1]),
      ownTicks: Number(fields[11]) + Number(fields[12]),
      endedChildrenTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return undefined;
  }
}

/** The postmaster, its live backends, and the backends that already ended (counted in the postmaster's cutime). */
function clusterCpuMs(postmasterPid: number): number {
  const postmaster = processTimes(postmasterPid);
  if (!postmaster) return 0;
  let ticks = postmaster.ownTicks + postmaster.endedChildrenTicks;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const times = processTimes(Number(entry));
    if (times?.parent === postmasterPid) ticks += times.ownTicks;
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
