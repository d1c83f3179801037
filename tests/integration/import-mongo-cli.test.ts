import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// `npm run import:mongo` spawned as a person runs it, on the embedded database of a fresh DATA_DIR
// (the default on a new machine). The first run creates and migrates it; the others reuse it.
const DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-import-cli-"));
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/mongo");

type Outcome = { code: number | null; stdout: string; stderr: string };

function importMongo(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  const { DATABASE_URL: _ignored, MONGODB_URI: _alsoIgnored, ...inherited } = process.env;
  const child = spawn("npm", ["run", "-s", "import:mongo", "--", ...args], {
    cwd: process.cwd(),
    env: { ...inherited, DATA_DIR, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A loopback port nobody listens on: the connection is refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("npm run import:mongo", () => {
  beforeAll(async () => {
    // Creating and migrating an embedded database takes a while on a busy machine: once, before the tests.
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const migrate = spawn("npm", ["run", "-s", "db:migrate"], { env: { ...inherited, DATA_DIR }, stdio: "ignore" });
    expect(await new Promise((resolve) => migrate.on("close", resolve))).toBe(0);
  });

  it("refuses bad arguments with exit code 2 and the usage", async () => {
    const both = await importMongo(["--file", "x.json", "--uri", "mongodb://127.0.0.1"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("Give --file or --uri, not both");
    expect(both.stderr).toContain("Usage: npm run import:mongo");
    const noCollection = await importMongo(["--uri", "mongodb://127.0.0.1", "--db", "engine"]);
    expect(noCollection).toMatchObject({ code: 2 });
    expect(noCollection.stderr).toContain("--uri needs --db and --collection");
  });

  it("refuses a bad batch size and an invalid mapping with exit code 2", async () => {
    const batch = await importMongo(["--file", "x.json", "--batch", "0"]);
    expect(batch.stderr).toContain("--batch must be a whole number from 1 to 10,000");
    const mapping = await importMongo(["--file", "x.json", "--mapping", path.join(FIXTURES, "legacy-flat.json")]);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain("is not a valid mapping");
  });

  it("names the line of a malformed document (exit 2)", async () => {
    const outcome = await importMongo(["--file", path.join(FIXTURES, "malformed.jsonl"), "--dry-run"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^Line 3 is not valid Extended JSON/m);
    expect(outcome.stderr).toContain("Nothing was written.");
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints the summary and writes the skipped documents' reasons as a formula-safe CSV", async () => {
    const report = path.join(DATA_DIR, "skipped.csv");
    const outcome = await importMongo(["--file", path.join(FIXTURES, "bad-rows.jsonl"), "--report", report]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/read\s+6 documents/);
    expect(outcome.stdout).toMatch(/created\s+0 bookings/);
    expect(outcome.stdout).toMatch(/skipped\s+6/);
    expect(outcome.stdout).toMatch(/2 {2}customer\.email: Enter a valid email address/);
    expect(outcome.stdout).toContain("1 need consent: they record none (pass --assume-consent to import them).");
    const csv = fs.readFileSync(report, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFsource_id,document,line,field,reason");
    expect(lines).toContain("6a0000000000000000000003,3,3,pets,Add at least one pet");
    expect(lines).toContain("6a0000000000000000000002,2,2,origin.country,Choose the origin country");
    // An id that a spreadsheet would run as a formula is written as text.
    expect(lines.some((line) => line.startsWith(`'=cmd|' /C calc'!A0,6,6,customer.email,`))).toBe(true);
  });

  it("imports valid documents once: the second run creates nothing", async () => {
    const common = [
      "--file",
      path.join(FIXTURES, "common-shape.jsonl"),
      "--mapping",
      path.join(FIXTURES, "common-shape-mapping.json"),
    ];
    const first = await importMongo(common);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created\s+3 bookings \(3 new customers\)/);
    const second = await importMongo(common);
    expect(second.stdout).toMatch(/created\s+0 bookings/);
    expect(second.stdout).toMatch(/already imported\s+3 \(unchanged 3, changed since 0/);
  });

  it("ends a refused connection within the server selection timeout, naming the host but never the password", async () => {
    const port = await closedPort();
    const outcome = await importMongo(["--dry-run", "--db", "engine", "--collection", "bookings"], {
      MONGODB_URI: `mongodb://importer:s3cret-pass@127.0.0.1:${port}/?directConnection=true`,
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      `Could not connect to MongoDB at mongodb://127.0.0.1:${port}: no server answered within 5 s`,
    );
    expect(outcome.stdout + outcome.stderr).not.toContain("s3cret-pass");
  });
});
